/**
 * What each action grants, as pure functions of the model (and the current snapshot for
 * `grant`): the rules of "Accept all", a custom choice and the "Allow" of an embed, in one place.
 */
import type { ConsentChoice, ConsentState } from '../config/types';
import type { ConsentModel } from '../config/model';
import { ownValue } from '../config/own';
import { isGranted } from './state';

/**
 * "Accept all": every optional category and service, except the GPC-covered ones while GPC is
 * on (R22: GPC is honoured; switching one on in the preferences is the explicit opt-in).
 */
export function acceptAllGrants(model: ConsentModel, gpc: boolean): Set<string> {
  return new Set(model.optional.filter((id) => !(gpc && model.gpcOptOut.has(id))));
}

/**
 * A custom choice (R5): the listed categories (an id list or id -> boolean), and each service
 * as listed, else as its category. Own properties only: a polluted prototype adds nothing.
 */
export function choiceGrants(model: ConsentModel, choice: ConsentChoice): Set<string> {
  const cats = ownValue<readonly string[] | Record<string, boolean>>(choice, 'categories');
  const chosen = ownValue(choice, 'services');
  const granted = new Set(model.optional.filter((id) => model.servicesOf.has(id) && (Array.isArray(cats) ? cats.includes(id) : ownValue(cats, id) === true)));
  for (const id of model.optional) {
    const explicit = ownValue(chosen, id);
    if (model.serviceCategory.has(id) && (explicit === true || (explicit === undefined && granted.has(model.serviceCategory.get(id)!)))) granted.add(id);
  }
  return granted;
}

/**
 * One more category (with its services) or one service, keeping every current grant: the
 * "Allow" of a gated embed. `null` for an unknown id.
 */
export function grantOneGrants(model: ConsentModel, state: ConsentState, id: string): Set<string> | null {
  const add = model.servicesOf.get(id) ?? (model.serviceCategory.has(id) ? [] : null);
  return add && new Set(model.optional.filter((o) => o === id || add.includes(o) || isGranted(state, o)));
}
