import type { Page } from 'playwright-core';

/** On the sign-in screen: the user's tile, the PIN typed on the keyboard, Enter; waits for the counter. */
export async function signInOnScreen(page: Page, name: string, pin: string): Promise<void> {
  await page.getByTestId('sign-in').waitFor();
  if ((await page.getByTestId('sign-in-name').count()) > 0 && (await page.getByTestId('sign-in-name').textContent())?.trim() !== name) {
    await page.getByTestId('sign-in-other').click();
  }
  if ((await page.getByTestId('sign-in-name').count()) === 0) {
    await page.getByTestId(/^user-tile-/).filter({ hasText: name }).click();
  }
  await page.getByTestId('pin-input').waitFor();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('header-user').filter({ hasText: name }).waitFor();
}

/** "Ganti pengguna" in the header, then `name` signs in with the PIN pad. */
export async function switchUserOnScreen(page: Page, name: string, pin: string): Promise<void> {
  await page.getByTestId('header-switch-user').click();
  await signInOnScreen(page, name, pin);
}
