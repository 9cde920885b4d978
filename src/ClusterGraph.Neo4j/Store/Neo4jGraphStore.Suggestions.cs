using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Store;

/// <summary>Partner suggestions: two-relation patterns read in Cypher, reasons weighed as <see cref="SuggestionReasonKind"/> says.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<PartnerSuggestion>> SuggestPartnersAsync(string organizationId, IReadOnlyList<EntityKind>? kinds, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        if (first < 1 || first > StoreLimits.MaxSuggestions)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "first", $"'first' must be 1..{StoreLimits.MaxSuggestions}, not {first}.");
        }

        Neo4jResult facts = await RunAsync(AnalyticsStatements.SuggestionFacts, new() { ["id"] = organizationId }, cancellationToken).ConfigureAwait(false);
        if (facts.Records.Count == 0)
        {
            return [];
        }

        var reasons = new Dictionary<string, (Entity Candidate, Dictionary<(SuggestionReasonKind, string), SuggestionReason> Reasons)>(StringComparer.Ordinal);
        var partners = new HashSet<string>(StringComparer.Ordinal);
        void Add(Entity candidate, SuggestionReasonKind kind, Entity via)
        {
            if (!reasons.TryGetValue(candidate.Id, out var entry))
            {
                entry = (candidate, []);
                reasons[candidate.Id] = entry;
            }

            entry.Reasons.TryAdd((kind, via.Id), new SuggestionReason(kind, via, ReasonText(kind, via), Weight(kind)));
        }

        foreach (Neo4jRecord record in facts.Records)
        {
            if (record["via"] is not Neo4jNode viaNode || record["candidate"] is not Neo4jNode candidateNode)
            {
                continue;
            }

            Entity via = GraphReader.Entity(viaNode);
            Entity candidate = GraphReader.Entity(candidateNode);
            string first1 = record.Get<string>("firstType");
            string second = record.Get<string>("secondType");
            bool firstOut = record.Get<bool>("firstOut");
            bool secondOut = record.Get<bool>("secondOut");
            if (first1 == "PARTNERS_WITH" && via.Kind is EntityKind.Company or EntityKind.Institute)
            {
                partners.Add(via.Id);
            }

            SuggestionReasonKind? kind = (first1, firstOut, second, secondOut) switch
            {
                ("ACTIVE_IN", true, "ACTIVE_IN", false) => SuggestionReasonKind.SharedStage,
                ("LOCATED_IN", true, "LOCATED_IN", false) when via.Kind == EntityKind.IndustrialComplex => SuggestionReasonKind.SameComplex,
                ("SUPPORTS", false, "SUPPORTS", true) => SuggestionReasonKind.CommonSupporter,
                ("PARTNERS_WITH", _, "PARTNERS_WITH", _) => SuggestionReasonKind.PartnerOfPartner,
                ("PARTICIPATES_IN", true, "PARTICIPATES_IN", false) => SuggestionReasonKind.CoParticipant,
                _ => null,
            };
            if (kind is { } reasonKind)
            {
                Add(candidate, reasonKind, via);
            }
        }

        Neo4jResult chain = await RunAsync(AnalyticsStatements.SupplyChainNeighbors, new() { ["id"] = organizationId }, cancellationToken).ConfigureAwait(false);
        foreach (Neo4jRecord record in chain.Records)
        {
            Add(GraphReader.Entity(record.Get<Neo4jNode>("candidate")), SuggestionReasonKind.SupplyChainNeighbor, GraphReader.Entity(record.Get<Neo4jNode>("stage")));
        }

        // Same smallest containing region.
        Entity? region = (await GetContainingRegionsAsync([organizationId], cancellationToken).ConfigureAwait(false))[0];
        if (region is not null)
        {
            Page<Entity> within = await ListEntitiesAsync(
                new EntityFilter { Within = [region.Id], Kinds = [EntityKind.Company, EntityKind.Institute] }, [], PageRequest.Forward(StoreLimits.MaxPageSize), cancellationToken).ConfigureAwait(false);
            List<Entity> nearby = [.. within.Nodes.Where(e => e.Id != organizationId)];
            IReadOnlyList<Entity?> regions = await GetContainingRegionsAsync([.. nearby.Select(e => e.Id)], cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < nearby.Count; i++)
            {
                if (regions[i]?.Id == region.Id)
                {
                    Add(nearby[i], SuggestionReasonKind.SameRegion, region);
                }
            }
        }

        return
        [
            .. reasons.Values
                .Where(r => r.Candidate.Id != organizationId && !partners.Contains(r.Candidate.Id) && (kinds is null || kinds.Contains(r.Candidate.Kind)))
                .Select(r => new PartnerSuggestion(
                    r.Candidate,
                    r.Reasons.Values.Sum(x => x.Weight),
                    [.. r.Reasons.Values.OrderByDescending(x => x.Weight).ThenBy(x => x.Kind).ThenBy(x => x.Via.Id, StringComparer.Ordinal)]))
                .OrderByDescending(s => s.Score).ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
                .Take(first),
        ];
    }

    private static double Weight(SuggestionReasonKind kind) => kind switch
    {
        SuggestionReasonKind.SharedStage => 3,
        SuggestionReasonKind.SameComplex or SuggestionReasonKind.CommonSupporter or SuggestionReasonKind.CoParticipant => 2,
        SuggestionReasonKind.PartnerOfPartner or SuggestionReasonKind.SupplyChainNeighbor => 1.5,
        _ => 1,
    };

    private static LocalizedText ReasonText(SuggestionReasonKind kind, Entity via)
    {
        string ko = via.Names.Get(Lang.Ko) ?? via.Id;
        string en = via.Names.Get(Lang.En) ?? via.Id;
        return kind switch
        {
            SuggestionReasonKind.SharedStage => new($"같은 분야({ko})에서 활동", $"Both active in {en}"),
            SuggestionReasonKind.SameComplex => new($"같은 단지({ko})에 입주", $"Both located in {en}"),
            SuggestionReasonKind.SameRegion => new($"같은 지역({ko})", $"Both in {en}"),
            SuggestionReasonKind.CommonSupporter => new($"{ko}의 공통 지원", $"Both supported by {en}"),
            SuggestionReasonKind.PartnerOfPartner => new($"협력 기관 {ko}의 협력 상대", $"Partner of partner {en}"),
            SuggestionReasonKind.SupplyChainNeighbor => new($"가치사슬 인접 단계({ko})", $"Adjacent value-chain stage {en}"),
            _ => new($"{ko}에 함께 참여", $"Both take part in {en}"),
        };
    }
}
