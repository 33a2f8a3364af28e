import { useState } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { CommandButton } from '../CommandButton/CommandButton';
import { TextField } from './TextField';

/** Join an auto-dial (predictive) project by id, or leave it. */
export function AutoDialControls() {
  const { t } = useMessages();
  const [project, setProject] = useState('');
  const projectId = /^\d{1,9}$/.test(project.trim()) ? Number(project.trim()) : null;
  return (
    <div role="group" aria-label={t('section.autoDial')} className="wincall-section wincall-row">
      <TextField label={t('field.projectId')} inputMode="numeric" autoComplete="off" value={project} onValueChange={setProject} />
      <CommandButton command="joinAutoDial" args={[projectId ?? 0]} blockedReason={projectId === null ? 'reason.needsProject' : null}>
        {t('action.joinAutoDial')}
      </CommandButton>
      <CommandButton command="leaveAutoDial">{t('action.leaveAutoDial')}</CommandButton>
    </div>
  );
}
