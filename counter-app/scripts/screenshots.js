// Takes the counter-app screenshots (1920x1080) through a real browser, signing in through the Vaadin form.
// Needs a running server and counter-app, Debian's chromium, and playwright-core (npm i playwright-core):
//   APP=http://localhost:8082 OUT=docs/screenshots WRONG=1 HELP=1 node counter-app/scripts/screenshots.js
const { chromium } = require('playwright-core');
const base = process.env.APP || 'http://localhost:8082';
const out = process.env.OUT || 'docs/screenshots';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
  page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
  await page.goto(base + '/');
  await page.waitForSelector('vaadin-login-form input[name=username]', { timeout: 30000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: out + '/counter-signin.png' });
  async function signIn(user) {
    await page.fill('vaadin-login-form input[name=username]', user);
    await page.fill('vaadin-login-form input[name=password]', process.env.PW || 'motcua2026');
    await page.keyboard.press('Enter');
  }
  if (process.env.WRONG) {
    await page.fill('vaadin-login-form input[name=username]', 'canbo1');
    await page.fill('vaadin-login-form input[name=password]', 'wrong');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: out + '/counter-signin-wrong.png' });
    await page.goto(base + '/');
    await page.waitForSelector('vaadin-login-form input[name=username]');
  }
  await signIn(process.env.CLERK || 'canbo1');
  await page.waitForURL(/chon-quay/, { timeout: 15000 });
  await page.waitForTimeout(800);
  await page.click('vaadin-select >> nth=1');
  await page.waitForTimeout(400);
  await page.click('vaadin-select-item:has-text("Quầy 1")');
  await page.waitForTimeout(300);
  await page.screenshot({ path: out + '/counter-place.png' });
  await page.click('vaadin-button:has-text("Vào quầy")');
  await page.waitForURL(/quay$/, { timeout: 15000 });
  await page.waitForTimeout(2500);
  if (process.env.CALL) {
    await page.keyboard.press('NumpadAdd');
    await page.waitForTimeout(1500);
  }
  await page.screenshot({ path: out + '/counter-console.png' });
  if (process.env.HELP) {
    await page.keyboard.press('NumpadDivide');
    await page.waitForTimeout(800);
    await page.screenshot({ path: out + '/counter-console-help.png' });
    await page.keyboard.press('Escape');
  }
  // A head's board in a fresh context.
  const head = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await head.goto(base + '/');
  await head.waitForSelector('vaadin-login-form input[name=username]');
  await head.fill('vaadin-login-form input[name=username]', 'lanhdao');
  await head.fill('vaadin-login-form input[name=password]', 'motcua2026');
  await head.keyboard.press('Enter');
  await head.waitForURL(/chon-quay/, { timeout: 15000 });
  await head.waitForTimeout(800);
  await head.click('vaadin-button:has-text("Bảng điều hành")');
  await head.waitForURL(/dieu-hanh/, { timeout: 15000 });
  await head.waitForTimeout(2500);
  await head.screenshot({ path: out + '/counter-board.png' });
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
