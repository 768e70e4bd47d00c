export default async function globalTeardown(): Promise<void> {
  await globalThis.gezinsplanE2eServer?.stop();
}
