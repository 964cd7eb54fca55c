package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The accounts of the people who may sign in; administrators only. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Accounts and their roles (ADMIN only).")
public class UserResource {

  @Inject private Accounts accounts;

  @GET
  @Operation(summary = "Every account, by username")
  public List<UserJson> list() {
    return accounts.list().stream().map(UserJson::of).toList();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One account")
  public UserJson get(@PathParam("username") String username) {
    return accounts
        .find(username)
        .map(UserJson::of)
        .orElseThrow(() -> new RecordNotFoundException("account", username));
  }

  @POST
  @Operation(summary = "Creates an account: {username, password, role}")
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
