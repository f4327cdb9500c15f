/**
 * Content health checks that warn editors about placeholder text, another country's name, repeated sentences, bad or
 * unreachable-looking links and records overdue for review, without ever blocking a save.
 */
@NullMarked
package org.a6portal.contenthealth;

import org.jspecify.annotations.NullMarked;
