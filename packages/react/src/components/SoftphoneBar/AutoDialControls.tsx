import { memo, useMemo, useState } from 'react';
import type { CommandArgs } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { CommandButton } from '../CommandButton/CommandButton';
import { TextField } from './TextField';

function AutoDialControls() {
  const { t } = useMessages();
  const [project, setProject] = useState('');
  const projectId = /^\d{1,9}$/.test(project.trim()) ? Number(project.trim()) : null;
  const joinArgs = useMemo((): CommandArgs<'joinAutoDial'> => [projectId ?? 0], [projectId]);
  return (
    <div role="group" aria-label={t('section.autoDial')} className="wincall-section wincall-row">
      <TextField label={t('field.projectId')} inputMode="numeric" autoComplete="off" value={project} onValueChange={setProject} />
      <CommandButton command="joinAutoDial" args={joinArgs} blockedReason={projectId === null ? 'reason.needsProject' : null}>
        {t('action.joinAutoDial')}
      </CommandButton>
      <CommandButton command="leaveAutoDial">{t('action.leaveAutoDial')}</CommandButton>
    </div>
  );
}

/** Join an auto-dial (predictive) project by id, or leave it. */
const MemoAutoDialControls = memo(AutoDialControls);
export { MemoAutoDialControls as AutoDialControls };
