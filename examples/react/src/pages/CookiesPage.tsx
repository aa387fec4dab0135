import { ConsentSettingsButton } from '@introw/consent-react';
import { cookieStatement } from '@introw/example-config/statement';
import { StatementView } from '@introw/example-config/statement/react';
import { LANGUAGE } from '../language';

/** Introw's cookie statement (sections 1 to 7) from the one shared source; its cookie lists come from the config (R6). */
const STATEMENT = cookieStatement(LANGUAGE);

/** The /cookies page: the statement, with the "Cookie settings" control where §5 speaks of withdrawing. */
export function CookiesPage() {
  return (
    <div className="page">
      <StatementView doc={STATEMENT} settings={<ConsentSettingsButton />} />
    </div>
  );
}
