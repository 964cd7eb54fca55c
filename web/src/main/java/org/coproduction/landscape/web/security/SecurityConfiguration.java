package org.coproduction.landscape.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.coproduction.landscape.platform.Roles;

/**
 * How callers authenticate to the web module: {@link LandscapeAuthentication}, the one
 * authentication mechanism, answers the JSON API (and {@code /whoami}) with HTTP Basic and the
 * screens with a sign-in form; both check passwords with the core's {@code
 * UserAccountIdentityStore}. Do not add an authentication mechanism definition annotation beside
 * it: there must be exactly one mechanism.
 *
 * <p>The roles are the account roles; the server maps each caller group to the role of the same
 * name ({@code WEB-INF/payara-web.xml}, and {@code META-INF/glassfish-application.xml} in the EAR).
 */
@DeclareRoles({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
@ApplicationScoped
public class SecurityConfiguration {}
