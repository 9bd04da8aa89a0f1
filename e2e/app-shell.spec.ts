import { expect, test } from '@playwright/test';
import { REFERENCE_DESIGN } from '@stackcanvas/core';

test('the app opens on the reference architecture and shows every node with its icon', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toBeVisible();
  for (const node of REFERENCE_DESIGN.nodes) {
    const wrapper = canvas.locator(`.react-flow__node[data-id="${node.id}"]`);
    await expect(wrapper).toBeVisible();
    await expect(wrapper.getByTestId(`node-${node.kind}`)).toBeVisible();
    if (node.label) await expect(wrapper).toContainText(node.label);
    const icon = wrapper.locator('img');
    await expect(icon).toHaveJSProperty('complete', true);
    expect(await icon.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(REFERENCE_DESIGN.edges.length);
  expect(errors).toEqual([]);
});
