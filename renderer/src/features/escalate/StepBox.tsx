// One checkable step: the checkbox's accessible name is exactly the step's label; when it was done
// sits beside it, outside the label.
import type { StepState } from '../../../../preload/contract.ts';
import { clockTime } from './times.ts';

interface Props {
  id: string;
  label: string;
  state: StepState | undefined;
  onStep: (stepId: string, checked: boolean) => void;
  disabled: boolean;
}

export function StepBox({ id, label, state, onStep, disabled }: Props) {
  const inputId = `step-${id.replace('/', '--')}`;
  return (
    <div className="step-box">
      <input
        type="checkbox"
        id={inputId}
        checked={state?.checked ?? false}
        disabled={disabled}
        onChange={(e) => onStep(id, e.target.checked)}
      />
      <label htmlFor={inputId}>{label}</label>
      {state?.checked && state.at ? (
        <span className="muted step-done">
          {' '}
          done <time dateTime={state.at}>{clockTime(Date.parse(state.at), undefined, Date.parse(state.at))}</time> local
        </span>
      ) : null}
    </div>
  );
}
