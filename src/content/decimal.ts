// Numbers as en-US writes them ("28,000", "2.5"). The first Intl.NumberFormat in a page loads ICU's
// locale data, 12-23 ms in Chromium here (four times that on a slow phone), and the question bank and
// the answer checker each made one while a learner waited: whole numbers, all the article has, skip it.

/**
 * `new Intl.NumberFormat('en-US', { maximumFractionDigits }).format`, with that formatter made only for
 * a number that is not a whole one. One difference: -0 is written "0" (Intl writes "-0").
 */
export function numberFormatter(maximumFractionDigits: number): (value: number) => string {
  let intl: Intl.NumberFormat | undefined
  return (value) =>
    Number.isSafeInteger(value)
      ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
      : (intl ??= new Intl.NumberFormat('en-US', { maximumFractionDigits })).format(value)
}
