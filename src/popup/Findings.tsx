/** The note review's findings in plain words, most serious first. */
import { t } from '../shared/browser';
import type { Finding } from '../core';

const GROUPS = [
  { severity: 'error', key: 'popup_findingsErrors' },
  { severity: 'warning', key: 'popup_findingsWarnings' },
  { severity: 'info', key: 'popup_findingsAdvice' },
] as const;

export function Findings({ findings }: { findings: readonly Finding[] }) {
  return (
    <section aria-labelledby="review-heading" class="findings">
      <h3 id="review-heading">{t('popup_reviewHeading')}</h3>
      {findings.length === 0 && <p class="ok-text">{t('popup_findingsNone')}</p>}
      {GROUPS.map(({ severity, key }) => {
        const items = findings.filter((f) => f.severity === severity);
        if (items.length === 0) return null;
        return (
          <div key={severity} class={`finding-group ${severity}`}>
            <h4>{t(key)}</h4>
            <ul>
              {items.map((finding, i) => (
                <li key={`${finding.rule}-${i}`}>{finding.message}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
