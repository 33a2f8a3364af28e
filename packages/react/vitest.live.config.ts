import { liveProject } from './vitest.live.shared';

export default liveProject(0);
