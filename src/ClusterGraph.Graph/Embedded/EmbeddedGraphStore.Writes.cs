using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <inheritdoc/>
    public Task<WriteResult<Source>> UpsertSourceAsync(Source source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return WriteAsync(
            _ => [.. GraphValidator.ValidateSource(source).Select(WriteError.From)],
            _ => new GraphMutation { Sources = [source] },
            version => new WriteResult<Source>(source, version, []),
            WriteResult.Failed<Source>,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<WriteResult<Entity>> UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return WriteAsync(
            s => EntityErrors(s, entity),
            _ => new GraphMutation { Entities = [entity] },
            version => new WriteResult<Entity>(entity, version, []),
            WriteResult.Failed<Entity>,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<WriteResult<Relation>> UpsertRelationAsync(Relation relation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return WriteAsync(
            s => RelationErrors(s, relation),
            _ => new GraphMutation { Relations = [relation] },
            version => new WriteResult<Relation>(relation, version, []),
            WriteResult.Failed<Relation>,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DeleteResult> DeleteEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        List<string> cascade = [];
        return WriteAsync(
            s => DeleteEntityErrors(s, id),
            s =>
            {
                int e = s.IndexOf(id);
                cascade = [.. s.OutOf(e).ToArray().Concat(s.InOf(e).ToArray()).Distinct().Select(r => s.Relations[r].Id).Order(StringComparer.Ordinal)];
                return new GraphMutation { DeletedEntities = [id], DeletedRelations = cascade };
            },
            version => new DeleteResult(id, cascade, version, []),
            DeleteResult.Failed,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DeleteResult> DeleteRelationAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return WriteAsync(
            s => DeleteRelationErrors(s, id),
            _ => new GraphMutation { DeletedRelations = [id] },
            version => new DeleteResult(id, [], version, []),
            DeleteResult.Failed,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<ImportResult> ImportAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return WriteAsync(
            _ => [.. GraphValidator.Validate(graph).Select(WriteError.From)],
            _ => new GraphMutation { ReplaceAll = true, Sources = graph.Sources, Entities = graph.Entities, Relations = graph.Relations },
            version => new ImportResult(version, []),
            errors => new ImportResult(null, errors),
            cancellationToken);
    }

    // One writer at a time: validate against the current snapshot, commit to SQLite, then swap in
    // the new snapshot and publish the change. A refused or failed write leaves both untouched.
    private async Task<TResult> WriteAsync<TResult>(
        Func<GraphSnapshot, IReadOnlyList<WriteError>> validate,
        Func<GraphSnapshot, GraphMutation> mutate,
        Func<string, TResult> succeeded,
        Func<IReadOnlyList<WriteError>, TResult> refused,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            GraphSnapshot current = Current;
            IReadOnlyList<WriteError> errors = validate(current);
            if (errors.Count > 0)
            {
                return refused(errors);
            }

            GraphMutation mutation = mutate(current);
            long version = current.Version + 1;
            _log.Commit(mutation, version);
            Volatile.Write(ref _snapshot, SnapshotUpdater.Apply(current, mutation, version));
            string versionText = VersionText(version);
            _changes.Publish(version, ChangeOf(mutation, versionText));
            return succeeded(versionText);
        }
        finally
        {
            _writer.Release();
        }
    }

    private static GraphChange ChangeOf(GraphMutation mutation, string version) =>
        mutation.ReplaceAll
            ? new GraphChange(version, [], [], Reset: true)
            : new GraphChange(
                version,
                [.. mutation.Sources.Select(x => x.Id), .. mutation.Entities.Select(x => x.Id), .. mutation.Relations.Select(x => x.Id)],
                [.. mutation.DeletedEntities, .. mutation.DeletedRelations]);

    private static List<WriteError> EntityErrors(GraphSnapshot s, Entity entity)
    {
        List<WriteError> errors = [.. GraphValidator.ValidateEntity(entity, s).Select(WriteError.From)];
        int existing = entity.Id is null ? -1 : s.IndexOf(entity.Id);
        if (errors.Count > 0 || existing < 0)
        {
            return errors;
        }

        // The relations touching the entity must stay valid with its new content (e.g. a stage's
        // declared industry must agree with its STAGE_OF relation).
        var lookup = new ReplacingLookup(s, entity);
        foreach (int r in s.OutOf(existing).ToArray().Concat(s.InOf(existing).ToArray()))
        {
            errors.AddRange(GraphValidator.ValidateRelation(s.Relations[r], lookup).Select(WriteError.From));
        }

        return errors;
    }

    private static List<WriteError> RelationErrors(GraphSnapshot s, Relation relation)
    {
        List<WriteError> errors = [.. GraphValidator.ValidateRelation(relation, s).Select(WriteError.From)];
        if (errors.Count == 0 && relation.Type == RelationType.StageOf)
        {
            int stage = s.IndexOf(relation.FromId);
            foreach (int r in s.OutOf(stage))
            {
                if (s.Relations[r].Type == RelationType.StageOf && s.Relations[r].Id != relation.Id && s.Relations[r].ToId != relation.ToId)
                {
                    errors.Add(new WriteError(WriteErrorCode.Conflict, relation.Id, "to",
                        $"Stage '{relation.FromId}' is already STAGE_OF '{s.Relations[r].ToId}'; a stage belongs to exactly one industry."));
                }
            }
        }

        return errors;
    }

    private static List<WriteError> DeleteEntityErrors(GraphSnapshot s, string id)
    {
        int e = s.IndexOf(id);
        if (e < 0)
        {
            return [new WriteError(WriteErrorCode.NotFound, id, "id", $"There is no entity '{id}'.")];
        }

        var errors = new List<WriteError>();
        for (int other = 0; other < s.Entities.Length; other++)
        {
            Entity entity = s.Entities[other];
            if (s.StageIndustry[other] == e)
            {
                errors.Add(new WriteError(WriteErrorCode.Conflict, id, "id",
                    $"Stage '{entity.Id}' belongs to '{id}'; delete or move the stage first."));
            }
            else if (other != e && entity.Indicators.Any(i => string.Equals(i.About, id, StringComparison.Ordinal)))
            {
                errors.Add(new WriteError(WriteErrorCode.Conflict, id, "id",
                    $"An indicator of '{entity.Id}' is about '{id}'; change that indicator first."));
            }
        }

        return errors;
    }

    private static List<WriteError> DeleteRelationErrors(GraphSnapshot s, string id)
    {
        Relation? relation = s.FindRelation(id);
        if (relation is null)
        {
            return [new WriteError(WriteErrorCode.NotFound, id, "id", $"There is no relation '{id}'.")];
        }

        if (relation.Type == RelationType.StageOf
            && s.FindEntity(relation.FromId)?.Attributes is not StageAttributes { IndustryId: not null })
        {
            return [new WriteError(WriteErrorCode.Conflict, id, "id",
                $"Stage '{relation.FromId}' would belong to no industry; delete the stage, or declare its industry first.")];
        }

        return [];
    }

    /// <summary>The snapshot as a lookup, with one entity replaced by its new content.</summary>
    private sealed class ReplacingLookup(GraphSnapshot snapshot, Entity replacement) : IGraphLookup
    {
        public Entity? FindEntity(string id) =>
            string.Equals(id, replacement.Id, StringComparison.Ordinal) ? replacement : snapshot.FindEntity(id);

        public Source? FindSource(string id) => snapshot.FindSource(id);
    }
}
