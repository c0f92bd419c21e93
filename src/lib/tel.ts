// WARNING: part of the main bundle.

/** tel: link for a number as printed ("0120-279-889", "#8008"). '#' must be escaped in a URL. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d#+]/g, '').replace(/#/g, '%23')}`;
}

/** True for short service numbers (#8008, 110, 189) that are dialled as printed. */
export function isShortNumber(number: string): boolean {
  return /^#?\d{3,4}$/.test(number);
}
