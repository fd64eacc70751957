/**
 * Accounts, roles and partner scope: who may sign in, and which
 * {@link org.liaison.shared.Audience} each request reads as. Owns the login page, both
 * security filter chains (browser sessions with CSRF; stateless personal API tokens or
 * HTTP Basic for the API), the demo accounts of a new installation, the administration of
 * accounts ({@link org.liaison.identity.AccountService}) and everyone's own API tokens
 * ({@link org.liaison.identity.ApiTokenService}). Reads the directory to check the
 * organisation a provider's account works for.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "directory" })
package org.liaison.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
