import { z } from "zod";

// zod probes eval() (new Function) when it builds its object schemas, to compile faster validators; the pages'
// Content-Security-Policy forbids eval, and the probe alone logs a violation. The catalog is checked once at
// start, so the interpreted validators are all the pane needs. This module is imported first by every bundle
// that builds the catalog, before any schema is made.
z.config({ jitless: true });
