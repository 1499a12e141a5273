/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { answerServerFunctionErrors } from '@/security/serverFunctions'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = {
  children: React.ReactNode
}

// Edited: a server function called by someone not signed in, or with a name or arguments that
// are not Payload's, is answered with an error result instead of a thrown error (Next answered
// those with a 500; src/security/serverFunctions.ts).
const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return answerServerFunctionErrors(args, () =>
    handleServerFunctions({
      ...args,
      config,
      importMap,
    }),
  )
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
