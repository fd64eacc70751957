/**
 * Accounts, roles and partner scope: who may sign in, and which {@link org.liaison.shared.Audience}
 * each request reads as. Owns the login page, both security filter chains (browser sessions with
 * CSRF, stateless HTTP Basic for the API) and the demo accounts of a new installation.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web" })
package org.liaison.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
