using System.Security.Claims;
using ClusterGraph.Api.Hosting;
using ClusterGraph.Api.Writes;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.Api.GraphQL;

/// <summary>
/// Writes (curators and admins only), their user errors, the audit trail, and the change feed.
/// Refusals the curator can fix (a missing reference, no evidence) come back as UserErrors in the
/// payload; a caller without the role gets a GraphQL error coded UNAUTHENTICATED or FORBIDDEN, which
/// the host turns into 401 or 403.
/// </summary>
internal static class MutationResolvers
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    public static void Bind(Binder binder)
    {
        binder.Field("Mutation.upsertSource", static context => UpsertSource(context));
        binder.Field("Mutation.upsertEntity", static context => UpsertEntity(context));
        binder.Field("Mutation.upsertRelation", static context => UpsertRelation(context));
        binder.Field("Mutation.deleteEntity", static context => Delete(context, "deleteEntity", static (store, id, ct) => store.DeleteEntityAsync(id, ct)));
        binder.Field("Mutation.deleteRelation", static context => Delete(context, "deleteRelation", static (store, id, ct) => store.DeleteRelationAsync(id, ct)));

        binder.Builder.BindSubscription("Subscription.graphChanged", static context =>
        {
            // Open the feed here, not lazily inside the iterator: a malformed `since` must fail the
            // subscribe step (a located BAD_USER_INPUT error), not escape the event loop as an exception.
            try
            {
                IAsyncEnumerable<GraphChange> feed = Loaders.Store(context).WatchChangesAsync(Args.String(context, "since"), context.CancellationToken);
                return ValueTask.FromResult<IAsyncEnumerable<object?>>(Changes(feed, context.CancellationToken));
            }
            catch (GraphQueryException e)
            {
                throw Errors.BadInput(e.Argument, e.Message);
            }
        });
        binder.Field("Subscription.graphChanged", static context => context.Source);

        binder.Field("Query.auditLog", static context =>
        {
            Caller caller = Authorize(context, Roles.Admin);
            _ = caller;
            return Audit(context).Newest(Args.Bounded(context, "first", 20, 1, Args.MaxPageSize));
        });
    }

    private static async IAsyncEnumerable<object?> Changes(IAsyncEnumerable<GraphChange> feed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (GraphChange change in feed.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return change;
        }
    }

    private static async Task<object?> UpsertSource(FieldContext context)
    {
        Caller caller = Authorize(context, Roles.Curator);
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        string? id = input.GetValueOrDefault("id") as string;
        if (id is null)
        {
            string slug = GraphIds.Slugify((string)input["title"]!);
            if (slug.Length == 0)
            {
                return Refused("source", ["input", "id"], "The title has no Latin letters or digits to derive an ID from; give an id (source:<slug>).");
            }

            id = GraphIds.ForSource(slug);
        }

        WriteResult<Source> result = await Loaders.Store(context).UpsertSourceAsync(InputMapper.ToSource(input, id), context.CancellationToken).ConfigureAwait(false);
        Record(context, caller, "upsertSource", [id], result.Version, result.Succeeded);
        return Payload("source", result.Item, result.Version, result.Errors);
    }

    private static async Task<object?> UpsertEntity(FieldContext context)
    {
        Caller caller = Authorize(context, Roles.Curator);
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        var kind = (EntityKind)input["kind"]!;
        if (InputMapper.ForeignAttributes(input, kind).FirstOrDefault() is { } foreign)
        {
            return Refused("entity", ["input", foreign], $"\"{foreign}\" attributes do not belong to an entity of kind {ContractNames.ToContractName(kind)}.");
        }

        string? id = input.GetValueOrDefault("id") as string;
        if (id is null)
        {
            var names = (IReadOnlyDictionary<string, object?>)input["names"]!;
            string slug = GraphIds.Slugify(names.GetValueOrDefault("en") as string ?? string.Empty);
            if (slug.Length == 0)
            {
                return Refused("entity", ["input", "names", "en"], "Give an English name (the ID is derived from it) or an explicit id.");
            }

            id = GraphIds.ForEntity(kind, names["en"] as string ?? string.Empty);
        }

        IGraphStore store = Loaders.Store(context);
        Entity? stored = (await store.GetEntitiesAsync([id], context.CancellationToken).ConfigureAwait(false))[0];
        if (stored is not null && stored.Kind != kind)
        {
            return Refused("entity", ["input", "kind"], $"{id} is a {ContractNames.ToContractName(stored.Kind)}; an upsert cannot change its kind.", WriteErrorCode.Conflict);
        }

        if (stored is null && InputMapper.AttributeKey(kind) is { } key && kind != EntityKind.Company && input.GetValueOrDefault(key) is null)
        {
            return Refused("entity", ["input", key], $"An entity of kind {ContractNames.ToContractName(kind)} needs \"{key}\" attributes.");
        }

        WriteResult<Entity> result = await store.UpsertEntityAsync(InputMapper.ToEntity(input, id, stored), context.CancellationToken).ConfigureAwait(false);
        Record(context, caller, "upsertEntity", [id], result.Version, result.Succeeded);
        return Payload("entity", result.Item, result.Version, result.Errors);
    }

    private static async Task<object?> UpsertRelation(FieldContext context)
    {
        Caller caller = Authorize(context, Roles.Curator);
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        string id = input.GetValueOrDefault("id") as string
            ?? GraphIds.ForRelation((RelationType)input["type"]!, (string)input["from"]!, (string)input["to"]!);
        WriteResult<Relation> result = await Loaders.Store(context).UpsertRelationAsync(InputMapper.ToRelation(input, id), context.CancellationToken).ConfigureAwait(false);
        Record(context, caller, "upsertRelation", [id], result.Version, result.Succeeded);
        return Payload("relation", result.Item, result.Version, result.Errors);
    }

    private static async Task<object?> Delete(FieldContext context, string operation, Func<IGraphStore, string, CancellationToken, Task<DeleteResult>> delete)
    {
        Caller caller = Authorize(context, Roles.Curator);
        string id = Args.String(context, "id")!;
        DeleteResult result = await delete(Loaders.Store(context), id, context.CancellationToken).ConfigureAwait(false);
        Record(context, caller, operation, [id, .. result.CascadeIds], result.Version, result.Succeeded);
        return new Dictionary<string, object?>
        {
            ["deletedId"] = result.DeletedId,
            ["version"] = result.Version,
            ["errors"] = UserErrors(result.Errors),
        };
    }

    private static Dictionary<string, object?> Payload(string itemField, object? item, string? version, IReadOnlyList<WriteError> errors) => new()
    {
        [itemField] = item,
        ["version"] = version,
        ["errors"] = UserErrors(errors),
    };

    private static Dictionary<string, object?> Refused(string itemField, IReadOnlyList<string> field, string message, WriteErrorCode code = WriteErrorCode.Invalid) =>
        new()
        {
            [itemField] = null,
            ["version"] = null,
            ["errors"] = new List<object> { new UserError(field, message, code) },
        };

    private static List<object> UserErrors(IReadOnlyList<WriteError> errors) =>
        [.. errors.Select(e => new UserError(FieldPath(e.Field), e.Message, e.Code))];

    /// <summary>"evidence[0].sourceId" → ["input", "evidence", "0", "sourceId"].</summary>
    private static List<string> FieldPath(string field)
    {
        var path = new List<string> { "input" };
        path.AddRange(field.Split(['.', '[', ']'], StringSplitOptions.RemoveEmptyEntries));
        return path;
    }

    private sealed record UserError(IReadOnlyList<string> Field, string Message, WriteErrorCode Code);

    private readonly record struct Caller(string Name, string Role);

    /// <summary>The caller, when it holds <paramref name="role"/> (admins hold every role); else an error for 401/403.</summary>
    private static Caller Authorize(FieldContext context, string role)
    {
        ClaimsPrincipal? user = (context.UserContext as HttpContext)?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw Errors.WithCode("This operation needs an API key: send Authorization: Bearer <key>.", Unauthenticated);
        }

        if (!user.IsInRole(role) && !user.IsInRole(Roles.Admin))
        {
            throw Errors.WithCode($"This operation needs the {role} role.", Forbidden);
        }

        return new Caller(user.Identity.Name ?? "?", user.IsInRole(Roles.Admin) ? Roles.Admin : role);
    }

    private static AuditTrail Audit(FieldContext context) =>
        context.Services?.GetService(typeof(AuditTrail)) as AuditTrail ?? throw new InvalidOperationException("No AuditTrail is registered.");

    private static void Record(FieldContext context, Caller caller, string operation, IReadOnlyList<string> ids, string? version, bool succeeded) =>
        Audit(context).Record(new AuditEntry(DateTimeOffset.UtcNow, caller.Name, caller.Role, operation, ids, version, succeeded));
}
