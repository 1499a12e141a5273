/** The cookie that remembers the language a reader chose with the language switch. */
export const localeCookie = 'mediglot-locale'

/**
 * A tiny script for every page: a click on the language switch stores the choice for a year,
 * so `/` opens in that language next time. Without JavaScript, `/` follows Accept-Language.
 */
export const rememberLocaleScript = `document.addEventListener('click',function(e){var a=e.target&&e.target.closest&&e.target.closest('[data-switch-locale]');if(a){document.cookie='${localeCookie}='+a.getAttribute('data-switch-locale')+';path=/;max-age=31536000;samesite=lax'}})`
