import type { Locator, Page } from '@playwright/test';

/**
 * A long press of a finger, which `tap()` cannot make: real touch events through the DevTools
 * protocol (touchstart, a pause, touchend), so the page sees the same pointer events as from
 * a touch screen.
 */
export async function longPress(page: Page, target: Locator, ms = 900): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${target.toString()} is not on screen`);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(ms); // the finger stays down: this is the gesture, not a wait for the app
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
