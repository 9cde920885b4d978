using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Store;

/// <summary>Coverage (counts and location quotients in Cypher), clusters and partner suggestions (scored from facts read in Cypher).</summary>
public sealed partial class Neo4jGraphStore
{
    private static readonly string[] s_defaultCoverageLevels =
        [ContractNames.ToContractName(RegionLevel.Province), ContractNames.ToContractName(RegionLevel.MetropolitanCity)];

    /// <inheritdoc/>
    public async Task<CoverageMatrix?> GetCoverageAsync(string industryId, IReadOnlyList<string>? regionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(industryId);
        Dictionary<string, Entity> industries = await EntitiesByIdAsync([industryId], cancellationToken).ConfigureAwait(false);
        if (!industries.TryGetValue(industryId, out Entity? industry) || industry.Kind != EntityKind.Industry)
        {
            return null;
        }

        IReadOnlyList<Entity> stages = (await GetStagesAsync([industryId], cancellationToken).ConfigureAwait(false))[0];
        List<Entity> regions;
        if (regionIds is null)
        {
            Neo4jResult result = await RunAsync(TraversalStatements.RegionsOfLevels, new() { ["levels"] = s_defaultCoverageLevels }, cancellationToken).ConfigureAwait(false);
            regions = [.. result.Records.Select(r => GraphReader.Entity(r.Get<Neo4jNode>("r")))];
        }
        else
        {
            Dictionary<string, Entity> found = await EntitiesByIdAsync(regionIds, cancellationToken).ConfigureAwait(false);
            regions = [.. regionIds.Distinct(StringComparer.Ordinal).Select(id => found.GetValueOrDefault(id)).OfType<Entity>().Where(e => e.Kind == EntityKind.Region)];
        }

        var cells = new List<CoverageCell>(regions.Count * stages.Count);
        if (regions.Count > 0 && stages.Count > 0)
        {
            var parameters = new Dictionary<string, object?> { ["regionIds"] = regions.Select(r => r.Id).ToArray(), ["stageIds"] = stages.Select(s => s.Id).ToArray() };
            Neo4jResult result = await RunAsync(TraversalStatements.CoverageCells, parameters, cancellationToken).ConfigureAwait(false);
            var byCell = result.Records.ToDictionary(r => (r.Get<string>("regionId"), r.Get<string>("stageId")));
            foreach (Entity region in regions)
            {
                foreach (Entity stage in stages)
                {
                    Neo4jRecord record = byCell[(region.Id, stage.Id)];
                    int companies = (int)record.Get<long>("companies");
                    int institutes = (int)record.Get<long>("institutes");
                    cells.Add(new CoverageCell(region, stage, companies, institutes, record["locationQuotient"] as double?, companies + institutes == 0));
                }
            }
        }

        return new CoverageMatrix(industry, regions, stages, cells);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Cluster>> GetClustersAsync(ClusterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First < 1 || query.First > StoreLimits.MaxPageSize)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "first", $"'first' must be 1..{StoreLimits.MaxPageSize}, not {query.First}.");
        }

        var memberships = await RunAsync(AnalyticsStatements.Memberships,
            new() { ["industryId"] = query.IndustryId, ["excludedLevels"] = new[] { ContractNames.ToContractName(RegionLevel.Country) } }, cancellationToken).ConfigureAwait(false);
        Neo4jResult companiesPerRegion = await RunAsync(AnalyticsStatements.CompaniesPerRegion, [], cancellationToken).ConfigureAwait(false);
        Neo4jResult supports = await RunAsync(AnalyticsStatements.Supports, [], cancellationToken).ConfigureAwait(false);
        Neo4jResult places = await RunAsync(AnalyticsStatements.PlacesAndInitiatives, [], cancellationToken).ConfigureAwait(false);
        Neo4jResult stats = await RunAsync(ReadStatements.Stats, new() { ["versionKey"] = Neo4jGraphSchema.GraphVersionKey }, cancellationToken).ConfigureAwait(false);
        long allCompanies = 0;
        foreach (object? pair in stats.Records[0].Get<IReadOnlyList<object?>>("kinds"))
        {
            if (pair is IReadOnlyList<object?> { Count: 2 } kindCount && kindCount[0] as string == Neo4jGraphSchema.KindValueOf(EntityKind.Company))
            {
                allCompanies = (long)kindCount[1]!;
            }
        }

        var facts = new ClusterFacts(
            [.. memberships.Records.Select(r => new ClusterFacts.Membership(
                r.Get<string>("organizationId"), r.Get<string>("organizationKind") == Neo4jGraphSchema.KindValueOf(EntityKind.Company),
                r.Get<string>("targetId"), r.Get<string>("targetKind") == Neo4jGraphSchema.KindValueOf(EntityKind.ValueChainStage),
                r.Get<string>("industryId"), r.Get<string>("regionId")))],
            companiesPerRegion.Records.ToDictionary(r => r.Get<string>("regionId"), r => r.Get<long>("companies"), StringComparer.Ordinal),
            allCompanies,
            [.. supports.Records.Select(r => (r.Get<string>("instituteId"), r.Get<string>("companyId")))],
            [.. places.Records.Select(r => new ClusterFacts.Place(
                r.Get<string>("regionId"), GraphReader.Entity(r.Get<Neo4jNode>("place")),
                [.. r.Get<IReadOnlyList<object?>>("targets").OfType<string>()], [.. r.Get<IReadOnlyList<object?>>("members").OfType<string>()]))]);

        List<ClusterFacts.Scored> scored = facts.Score(query.ByStage);
        HashSet<string>? regionFilter = query.RegionIds is null ? null : new HashSet<string>(query.RegionIds, StringComparer.Ordinal);
        List<ClusterFacts.Scored> kept =
        [
            .. scored.Where(c => (regionFilter is null || regionFilter.Contains(c.RegionId)) && c.Stars >= query.MinStars)
                .OrderByDescending(c => c.Stars)
                .ThenBy(c => c.LocationQuotient is null ? 1 : 0).ThenByDescending(c => c.LocationQuotient ?? 0)
                .ThenBy(c => c.RegionId, StringComparer.Ordinal).ThenBy(c => c.IndustryId, StringComparer.Ordinal).ThenBy(c => c.StageId ?? "", StringComparer.Ordinal)
                .Take(query.First),
        ];
        Dictionary<string, Entity> entities = await EntitiesByIdAsync(
            kept.SelectMany(c => new[] { c.RegionId, c.IndustryId, c.StageId }.OfType<string>().Concat(c.ComplexIds).Concat(c.InitiativeIds)), cancellationToken).ConfigureAwait(false);
        return
        [
            .. kept.Where(c => entities.ContainsKey(c.RegionId) && entities.ContainsKey(c.IndustryId)).Select(c => new Cluster(
                entities[c.RegionId], entities[c.IndustryId], c.StageId is null ? null : entities.GetValueOrDefault(c.StageId),
                c.CompanyCount, c.InstituteCount, c.LocationQuotient, c.SupporterCount, c.Stars,
                [.. c.ComplexIds.Order(StringComparer.Ordinal).Select(entities.GetValueOrDefault).OfType<Entity>()],
                [.. c.InitiativeIds.Order(StringComparer.Ordinal).Select(entities.GetValueOrDefault).OfType<Entity>()])),
        ];
    }
}
