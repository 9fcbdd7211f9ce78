// Takes the head's review and the administration screenshots (1920x1080) through a real browser.
// Needs a running server with some rated tickets, counter-app, Debian's chromium and playwright-core:
//   APP=http://localhost:8082 OUT=docs/screenshots node counter-app/scripts/review-admin-screenshots.js
const { chromium } = require('playwright-core');
const base = process.env.APP || 'http://localhost:8082';
const out = process.env.OUT || 'docs/screenshots';

async function signedIn(browser, user) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
  await page.goto(base + '/');
  await page.waitForSelector('vaadin-login-form input[name=username]', { timeout: 30000 });
  await page.fill('vaadin-login-form input[name=username]', user);
  await page.fill('vaadin-login-form input[name=password]', 'motcua2026');
  await page.keyboard.press('Enter');
  await page.waitForURL(/chon-quay/, { timeout: 15000 });
  await page.waitForTimeout(800);
  return page;
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

  const head = await signedIn(browser, 'lanhdao');
  await head.click('vaadin-button:has-text("Đánh giá & thời gian")');
  await head.waitForURL(/danh-gia/, { timeout: 15000 });
  await head.waitForSelector('.level-tile');
  await head.waitForTimeout(1500);
  await head.screenshot({ path: out + '/counter-review.png' });
  await head.click('.level-tile.level-dissatisfied');
  await head.waitForTimeout(600);
  await head.evaluate(() => document.querySelector('.ratings').scrollIntoView({ block: 'end' }));
  await head.waitForTimeout(800);
  await head.screenshot({ path: out + '/counter-review-details.png' });
  await head.evaluate(() => window.scrollTo(0, 0));
  for (const [i, day] of [[0, '01/01/2026'], [1, '31/01/2026']]) {
    await head.locator('vaadin-date-picker').nth(i).locator('input').fill(day);
    await head.keyboard.press('Enter');
    await head.waitForTimeout(500);
    await head.keyboard.press('Escape');
    await head.waitForTimeout(500);
  }
  await head.click('h2');
  await head.waitForTimeout(1000);
  await head.screenshot({ path: out + '/counter-review-empty.png' });

  const admin = await signedIn(browser, 'admin');
  await admin.click('vaadin-select >> nth=0');
  await admin.waitForTimeout(400);
  await admin.click('vaadin-select-item:has-text("Trung tâm")');
  await admin.waitForTimeout(300);
  await admin.click('vaadin-button:has-text("Quản trị")');
  await admin.waitForURL(/quan-tri/, { timeout: 15000 });
  await admin.waitForTimeout(1500);
  await admin.click('vaadin-button:has-text("Thêm")');
  await admin.waitForTimeout(300);
  // A prefix another area already has: the server's refusal lands on that field.
  await admin.fill('.admin-areas vaadin-text-field:has-text("Mã lĩnh vực") input', 'NOIVU');
  await admin.fill('.admin-areas vaadin-text-field:has-text("Tên lĩnh vực") input', 'Nội vụ');
  await admin.fill('.admin-areas vaadin-text-field:has-text("Chữ cái đầu số") input', 'A');
  await admin.click('.admin-areas vaadin-button[theme~="primary"]');
  await admin.waitForTimeout(800);
  await admin.screenshot({ path: out + '/counter-admin-areas.png' });
  for (const [tab, name] of [['Quầy', 'counters'], ['Cán bộ', 'staff'], ['Thiết bị', 'devices']]) {
    await admin.click(`vaadin-tab:has-text("${tab}")`);
    await admin.waitForTimeout(1000);
    if (name === 'counters') {
      await admin.click('.admin-counters vaadin-grid-cell-content:has-text("Quầy 4")');
      await admin.waitForTimeout(600);
    }
    await admin.screenshot({ path: out + `/counter-admin-${name}.png` });
  }
  await admin.click('.admin-devices vaadin-select');
  await admin.waitForTimeout(400);
  await admin.click('vaadin-select-item:has-text("Máy lấy số")');
  await admin.waitForTimeout(300);
  await admin.click('.admin-devices vaadin-button:has-text("Tạo thiết bị")');
  await admin.waitForSelector('.secret-dialog img');
  await admin.waitForTimeout(1200);
  await admin.screenshot({ path: out + '/counter-admin-device-secret.png' });
  await admin.click('vaadin-button:has-text("Tôi đã ghi lại")');
  await admin.waitForTimeout(800);
  await admin.click('.admin-devices vaadin-button.revoke >> nth=0');
  await admin.waitForTimeout(800);
  await admin.screenshot({ path: out + '/counter-admin-device-revoke.png' });
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
