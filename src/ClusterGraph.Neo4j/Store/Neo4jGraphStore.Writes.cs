using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Store;

/// <summary>Writes: validated with <see cref="GraphValidator"/> against what Neo4j holds, then one statement each.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    public async Task<WriteResult<Source>> UpsertSourceAsync(Source source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        IReadOnlyList<ValidationError> errors = GraphValidator.ValidateSource(source);
        if (errors.Count > 0)
        {
            return WriteResult.Failed<Source>([.. errors.Select(WriteError.From)]);
        }

        var parameters = new Dictionary<string, object?> { ["row"] = GraphRows.Source(source), ["versionKey"] = Neo4jGraphSchema.GraphVersionKey };
        Neo4jResult result = await RunAsync(WriteStatements.UpsertSource, parameters, cancellationToken).ConfigureAwait(false);
        string version = Committed(result, [source.Id], []);
        return new WriteResult<Source>(source, version, []);
    }

    /// <inheritdoc/>
    public async Task<WriteResult<Entity>> UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        IEnumerable<string> entityRefs = entity.Indicators.Where(i => i.About is not null).Select(i => i.About!)
            .Concat(entity.Attributes is StageAttributes { IndustryId: { } industryId } ? [industryId] : []);
        IEnumerable<string> sourceRefs = entity.Evidence.Concat(entity.Indicators.SelectMany(i => i.Evidence)).Select(e => e.SourceId);
        PrefetchedLookup lookup = new(
            await EntitiesByIdAsync(entityRefs.Append(entity.Id), cancellationToken).ConfigureAwait(false),
            await SourcesByIdAsync(sourceRefs, cancellationToken).ConfigureAwait(false));
        IReadOnlyList<ValidationError> errors = GraphValidator.ValidateEntity(entity, lookup);
        if (errors.Count > 0)
        {
            return WriteResult.Failed<Entity>([.. errors.Select(WriteError.From)]);
        }

        var parameters = new Dictionary<string, object?> { ["row"] = GraphRows.Entity(entity), ["versionKey"] = Neo4jGraphSchema.GraphVersionKey };
        Neo4jResult result = await RunAsync(WriteStatements.UpsertEntity(entity.Kind), parameters, cancellationToken).ConfigureAwait(false);
        return new WriteResult<Entity>(entity, Committed(result, [entity.Id], []), []);
    }

    /// <inheritdoc/>
    public async Task<WriteResult<Relation>> UpsertRelationAsync(Relation relation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relation);
        PrefetchedLookup lookup = new(
            await EntitiesByIdAsync([relation.FromId, relation.ToId], cancellationToken).ConfigureAwait(false),
            await SourcesByIdAsync(relation.Evidence.Select(e => e.SourceId), cancellationToken).ConfigureAwait(false));
        IReadOnlyList<ValidationError> errors = GraphValidator.ValidateRelation(relation, lookup);
        if (errors.Count > 0)
        {
            return WriteResult.Failed<Relation>([.. errors.Select(WriteError.From)]);
        }

        var parameters = new Dictionary<string, object?>
        {
            ["fromId"] = relation.FromId,
            ["toId"] = relation.ToId,
            ["props"] = GraphRows.Relation(relation),
            ["versionKey"] = Neo4jGraphSchema.GraphVersionKey,
        };
        Neo4jResult result = await RunAsync(WriteStatements.UpsertRelation(relation.Type), parameters, cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0)
        {
            // An end was deleted between the check and the write.
            return WriteResult.Failed<Relation>([new WriteError(WriteErrorCode.ReferenceMissing, relation.Id, "fromId", "An end of the relation does not exist.")]);
        }

        return new WriteResult<Relation>(relation, Committed(result, [relation.Id], []), []);
    }

    /// <inheritdoc/>
    public async Task<DeleteResult> DeleteEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        Neo4jResult references = await RunAsync(ReadStatements.ReferencesTo, new() { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        string[] referrers = [.. references.Records.Select(r => r.Get<string>("id")).Where(r => r != id)];
        if (referrers.Length > 0)
        {
            return DeleteResult.Failed([new WriteError(WriteErrorCode.Conflict, id, "id", $"Still referred to by {string.Join(", ", referrers)}.")]);
        }

        var parameters = new Dictionary<string, object?> { ["id"] = id, ["versionKey"] = Neo4jGraphSchema.GraphVersionKey };
        Neo4jResult result = await RunAsync(WriteStatements.DeleteEntity, parameters, cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0)
        {
            return DeleteResult.Failed([new WriteError(WriteErrorCode.NotFound, id, "id", $"No entity has the id '{id}'.")]);
        }

        string[] cascade = [.. result.Records[0].Get<IReadOnlyList<object?>>("cascade").OfType<string>().Order(StringComparer.Ordinal)];
        string version = Committed(result, [], [id, .. cascade]);
        return new DeleteResult(id, cascade, version, []);
    }

    /// <inheritdoc/>
    public async Task<DeleteResult> DeleteRelationAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (RelationTypeOfId(id) is not { } type)
        {
            return DeleteResult.Failed([new WriteError(WriteErrorCode.NotFound, id, "id", $"No relation has the id '{id}'.")]);
        }

        var parameters = new Dictionary<string, object?> { ["id"] = id, ["versionKey"] = Neo4jGraphSchema.GraphVersionKey };
        Neo4jResult result = await RunAsync(WriteStatements.DeleteRelation(type), parameters, cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0)
        {
            return DeleteResult.Failed([new WriteError(WriteErrorCode.NotFound, id, "id", $"No relation has the id '{id}'.")]);
        }

        return new DeleteResult(id, [], Committed(result, [], [id]), []);
    }

    /// <inheritdoc/>
    public async Task<ImportResult> ImportAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        IReadOnlyList<ValidationError> errors = GraphValidator.Validate(graph);
        if (errors.Count > 0)
        {
            return new ImportResult(null, [.. errors.Select(WriteError.From)]);
        }

        var parameters = new Dictionary<string, object?>
        {
            ["sources"] = graph.Sources.Select(GraphRows.Source).ToArray(),
            ["versionKey"] = Neo4jGraphSchema.GraphVersionKey,
        };
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            parameters[WriteStatements.EntitiesParameter(kind)] = graph.Entities.Where(e => e.Kind == kind).Select(GraphRows.Entity).ToArray();
        }

        foreach (RelationType type in Enum.GetValues<RelationType>())
        {
            parameters[WriteStatements.RelationsParameter(type)] = graph.Relations.Where(r => r.Type == type).Select(GraphRows.RelationImport).ToArray();
        }

        Neo4jResult result = await RunAsync(WriteStatements.ReplaceGraph, parameters, cancellationToken).ConfigureAwait(false);
        string version = result.Records[0].Get<long>("version").ToString(CultureInfo.InvariantCulture);
        _changes.Publish(new GraphChange(version, [], [], Reset: true));
        return new ImportResult(version, []);
    }

    // The version a write statement returned, published with what changed.
    private string Committed(Neo4jResult result, IReadOnlyList<string> upserted, IReadOnlyList<string> deleted)
    {
        string version = result.Records[0].Get<long>("version").ToString(CultureInfo.InvariantCulture);
        _changes.Publish(new GraphChange(version, upserted, deleted));
        return version;
    }
}
