/**
 * A fast, synchronous 53-bit hash of the registry text (two FNV-1a lanes), base36.
 * It tells "the registry this browser validated" from "a different registry"; it is
 * not a security measure (whoever can write the cookie can run script on the page anyway).
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (((b >>> 0) % 0x200000) * 0x100000000 + (a >>> 0)).toString(36);
}
