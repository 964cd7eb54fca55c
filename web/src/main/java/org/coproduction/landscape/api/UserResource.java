package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.security.AccountException;
import org.coproduction.landscape.security.AccountRules;
import org.coproduction.landscape.security.Accounts;
import org.coproduction.landscape.security.UserAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The accounts of the people who may sign in: administrators only (the core's {@code Accounts} says
 * so), but for everyone's own password.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Accounts and their roles (ADMIN only).")
public class UserResource {

  @Inject private Accounts accounts;

  @GET
  @Operation(summary = "Every account, by username")
  @APIResponse(responseCode = "200", description = "The accounts")
  @APIResponse(responseCode = "403", description = "Only administrators see accounts")
  public List<UserJson> list() {
    return accounts.list().stream().map(UserJson::of).toList();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One account")
  @APIResponse(responseCode = "200", description = "The account")
  @APIResponse(responseCode = "403", description = "Only administrators see accounts")
  @APIResponse(responseCode = "404", description = "No account with that username")
  public UserJson get(@PathParam("username") String username) {
    return accounts
        .find(username)
        .map(UserJson::of)
        .orElseThrow(() -> new RecordNotFoundException("account", username));
  }

  @POST
  @Operation(summary = "Creates an account: {username, password, role}")
  @APIResponse(responseCode = "201", description = "Created; Location names it")
  @APIResponse(
      responseCode = "400",
      description = "{errors: [{field, message}]}, e.g. the username is taken")
  @APIResponse(responseCode = "403", description = "Only administrators create accounts")
  public Response create(UserJson.New user, @Context UriInfo uri) {
    if (user == null) {
      throw new InvalidRecordException("body", "Send the account as JSON in the request body");
    }
    Problems problems = new Problems();
    String username =
        check(problems, "username", () -> AccountRules.checkUsername(user.username()));
    check(problems, "role", () -> AccountRules.checkRole(user.role()));
    check(
        problems,
        "password",
        () -> {
          AccountRules.checkPassword(user.username(), user.password());
          return null;
        });
    problems.throwIfAny();
    UserAccount created =
        check(
            null, "username", () -> accounts.create(user.username(), user.password(), user.role()));
    return Response.created(uri.getAbsolutePathBuilder().path(username).build())
        .entity(UserJson.of(created))
        .build();
  }

  @PUT
  @Path("me/password")
  @Operation(
      summary =
          "Changes the caller's own password: {currentPassword, newPassword}; ends their other sessions")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(
      responseCode = "400",
      description =
          "{errors: [{field, message}]}: the current password is wrong or the new one too weak")
  public Response changeOwnPassword(UserJson.OwnPassword change) {
    if (change == null) {
      throw new InvalidRecordException("body", "Send the passwords as JSON in the request body");
    }
    try {
      accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
    } catch (AccountException e) {
      String field = e.getMessage().startsWith("The current") ? "currentPassword" : "newPassword";
      throw new InvalidRecordException(field, e.getMessage());
    }
    return Response.noContent().build();
  }

  @PUT
  @Path("{username}")
  @Operation(
      summary =
          "Changes an account: {role, enabled, password}, any of them; ends the person's sessions")
  @APIResponse(responseCode = "200", description = "The account as saved")
  @APIResponse(responseCode = "400", description = "{errors: [{field, message}]}")
  @APIResponse(responseCode = "403", description = "Only administrators change accounts")
  @APIResponse(responseCode = "404", description = "No account with that username")
  public UserJson update(@PathParam("username") String username, UserJson.Change change) {
    if (change == null) {
      throw new InvalidRecordException("body", "Send the change as JSON in the request body");
    }
    UserAccount account =
        accounts.find(username).orElseThrow(() -> new RecordNotFoundException("account", username));
    Problems problems = new Problems();
    if (change.role() != null) {
      check(problems, "role", () -> AccountRules.checkRole(change.role()));
    }
    if (change.password() != null) {
      check(
          problems,
          "password",
          () -> {
            AccountRules.checkPassword(account.getUsername(), change.password());
            return null;
          });
    }
    problems.throwIfAny();
    String field = change.role() != null ? "role" : "enabled";
    return UserJson.of(
        check(
            null,
            field,
            () ->
                accounts.update(
                    account.getUsername(), change.role(), change.enabled(), change.password())));
  }

  /**
   * What the rule answers, or its message on the field (thrown at once when there is no list to
   * keep it in).
   */
  private static <R> R check(Problems problems, String field, java.util.function.Supplier<R> rule) {
    try {
      return rule.get();
    } catch (AccountException e) {
      if (problems == null) {
        throw new InvalidRecordException(field, e.getMessage());
      }
      problems.add(field, e.getMessage());
      return null;
    }
  }
}
