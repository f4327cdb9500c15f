/**
 * Sustainable development: a host Party's participation requirements, its statements on the Article 6.4
 * sustainable development tool and safeguards, and its Article 6.2 initial reports.
 */
@NullMarked
package org.a6portal.sustainabledevelopment;

import org.jspecify.annotations.NullMarked;
