import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConnectedWrapUp } from '@wincall/react';
import { live, liveBeforeEach, liveDecorators, worldOf } from '../../live/live';
import * as scenario from '../../live/scenarios';
import { WAIT } from '../play';

const CODES = [
  { id: 'resolved', label: '已解决' },
  { id: 'callback', label: '需回访' },
];

/** The wrap-up of the client's current call: the codes of the `wrapUp` option, the note, saved into the call's record. */
const meta = {
  title: 'Connected/ConnectedWrapUp',
  component: ConnectedWrapUp,
  decorators: liveDecorators,
  beforeEach: liveBeforeEach,
} satisfies Meta<typeof ConnectedWrapUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** During a call on the simulator: choosing a code puts it in the state (and later the record). */
export const DuringACall: Story = {
  ...live(scenario.inCall, { client: { wrapUp: { codes: CODES } } }),
  play: async (context) => {
    const picker = await context.canvas.findByRole('combobox', { name: '话后代码' }, WAIT);
    await context.canvas.findByRole('option', { name: '需回访' }, WAIT);
    await context.userEvent.selectOptions(picker, '需回访');
    await waitFor(() => expect(worldOf(context).client.getState().wrapUp).toMatchObject({ code: 'callback', label: '需回访' }), WAIT);
  },
};
