// Osano's open-source cookieconsent 3 (the `cookieconsent` package, a global script), in its
// documented opt-in mode with the same texts. It has no script gating of its own: as its docs
// show, the site activates its tags in onStatusChange / onInitialise. That setup is the one file
// the size table counts for Osano (entries/osano-cookieconsent.js), so the page runs exactly it.
import './mark.js';
import 'cookieconsent/build/cookieconsent.min.js';
import '../../entries/osano-cookieconsent.js';
