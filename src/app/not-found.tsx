import en from '@/i18n/locales/en/common.json'
import zh from '@/i18n/locales/zh/common.json'

import '../app/(site)/[locale]/site.css'

/**
 * Unmatched paths outside a language (e.g. /fr/...). The language is unknown here, so the page
 * says it in both.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>{en.notFound.title}</h1>
          <p>{en.notFound.body}</p>
          <p>
            <a href="/en">{en.notFound.backHome}</a>
          </p>
          <div lang="zh-Hans" className="locale-zh">
            <h2>{zh.notFound.title}</h2>
            <p>{zh.notFound.body}</p>
            <p>
              <a href="/zh">{zh.notFound.backHome}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}
