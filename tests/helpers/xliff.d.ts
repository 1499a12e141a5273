// The npm `xliff` package ships no types; the tests use its XLIFF 2.0 reader only.
declare module 'xliff' {
  const xliff: { xliff2js(xml: string): Promise<unknown> }
  export default xliff
}
