// An administrator opens the Cyber Guru view from the activity bar; not signed in, it offers to connect.
import assert from 'node:assert/strict';

const CONTAINER_TITLE = 'Cyber Guru';
const VIEW_TITLE = 'Training Completion';

export const cyberGuruSidebar = {
  name: 'Cyber Guru sidebar',
  steps: [
    {
      name: `open the ${CONTAINER_TITLE} view from the activity bar`,
      run: async (wb) => {
        await wb.dismissOverlays();
        await wb.openActivity(CONTAINER_TITLE);
        await wb.viewPane(VIEW_TITLE).waitFor({ timeout: 20000 }).catch(() => {
          throw new Error(`the "${VIEW_TITLE}" view did not appear in the side bar`);
        });
      },
    },
    {
      name: 'the welcome view offers "Connect to Cyber Guru"',
      screenshot: 'sidebar-welcome',
      run: async (wb) => {
        const button = wb.viewPane(VIEW_TITLE).getByRole('button', { name: /Connect to Cyber Guru/ });
        await button.waitFor({ timeout: 20000 });
        assert.equal(await button.isVisible(), true);
      },
    },
  ],
};
