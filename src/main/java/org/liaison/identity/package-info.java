/**
 * Accounts, roles and partner scope: who may sign in, and which {@link org.liaison.shared.Audience}
 * each request reads as. Owns the login page, both security filter chains (browser sessions with
 * CSRF, stateless HTTP Basic for the API), the demo accounts of a new installation and the
 * administration of accounts ({@link org.liaison.identity.AccountService}). Reads the directory to
 * check the organisation a provider's account works for.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "directory" })
package org.liaison.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
