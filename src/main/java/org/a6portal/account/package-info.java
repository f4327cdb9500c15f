/**
 * Editor accounts and signing in: the security configuration, login and its throttle, sessions (ended, resumed forms,
 * signed-in checks), passwords and their resets, and the administrators' user list. Depends on no editing machinery.
 */
@NullMarked
package org.a6portal.account;

import org.jspecify.annotations.NullMarked;
