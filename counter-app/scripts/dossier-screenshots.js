// Takes the dossier screenshots (1920x1080): the registration form filled in, the receipt, a dossier's details.
// Needs a running server with at least one procedure "hộ kinh doanh", a counter-app, Debian's chromium and
// playwright-core (npm i playwright-core):
//   APP=http://localhost:8082 OUT=docs/screenshots node counter-app/scripts/dossier-screenshots.js
const { chromium } = require('playwright-core');
const base = process.env.APP || 'http://localhost:8082';
const out = process.env.OUT || 'docs/screenshots';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
  page.on('response', r => { if (r.status() >= 400) console.log('http', r.status(), r.url()); });
  await page.goto(base + '/');
  await page.waitForSelector('vaadin-login-form input[name=username]', { timeout: 30000 });
  await page.fill('vaadin-login-form input[name=username]', process.env.CLERK || 'canbo1');
  await page.fill('vaadin-login-form input[name=password]', process.env.PW || 'motcua2026');
  await page.keyboard.press('Enter');
  await page.waitForURL(/chon-quay/, { timeout: 15000 });
  await page.waitForTimeout(800);
  await page.click('vaadin-select >> nth=1');
  await page.waitForTimeout(400);
  await page.click('vaadin-select-item:has-text("Quầy 1")');
  await page.click('vaadin-button:has-text("Vào quầy")');
  await page.waitForURL(/quay$/, { timeout: 15000 });
  await page.waitForTimeout(2000);

  await page.keyboard.press('Numpad8');
  await page.waitForSelector('vaadin-combo-box', { timeout: 10000 });
  const field = label => page.getByLabel(label, { exact: true });
  await page.locator('vaadin-combo-box input').fill('ho kinh doanh');
  await page.waitForTimeout(800);
  await page.click('vaadin-combo-box-item:has-text("hộ kinh doanh")');
  await page.waitForTimeout(500);
  await field('Họ và tên').fill('Nguyễn Thị Thu Hà');
  await field('Số CCCD').fill('026185001234');
  await field('Địa chỉ').fill('Số 18 đường Nguyễn Tất Thành, phường Vĩnh Yên, tỉnh Phú Thọ');
  await field('Điện thoại').fill('0912 345 678');
  await field('Email').fill('thuha@example.vn');
  await page.locator('vaadin-select').nth(1).click();
  await page.waitForTimeout(300);
  await page.click('vaadin-select-item:visible:has-text("Bản sao có chứng thực")');
  await page.locator('.dossier-document').nth(1).locator('vaadin-integer-field input').fill('2');
  await page.click('vaadin-radio-button:has-text("Qua bưu chính")');
  await page.waitForTimeout(500);
  await page.screenshot({ path: out + '/counter-dossier-register.png' });

  await page.click('vaadin-button:has-text("Tiếp nhận và cấp mã hồ sơ")');
  await page.waitForSelector('.dossier-code', { timeout: 10000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out + '/counter-dossier-registered.png' });

  await page.click('vaadin-button:has-text("Xem hồ sơ")');
  await page.waitForSelector('.dossier-details', { timeout: 10000 });
  await page.locator('.dossier-details vaadin-select').scrollIntoViewIfNeeded();
  await page.locator('.dossier-details vaadin-select').click();
  await page.waitForTimeout(300);
  await page.click('vaadin-select-item:visible:has-text("Đang xử lý")');
  await page.getByLabel('Ghi chú', { exact: true }).fill('Chuyển Phòng Tài chính - Kế hoạch thẩm định');
  await page.locator('.dossier-details vaadin-button:has-text("Chuyển trạng thái")').click();
  await page.waitForTimeout(1000);
  await page.locator('.dossier-code').last().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out + '/counter-dossier-details.png' });
  await browser.close();
})();
