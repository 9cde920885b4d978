using ClusterGraph.Graph.Model;

namespace ClusterGraph.Neo4j.Store;

/// <summary>
/// Scores clusters (see <c>Cluster</c>) from facts read in Cypher: who is active in what and where,
/// companies per region, SUPPORTS links, and the complexes and initiatives of each region.
/// </summary>
internal sealed class ClusterFacts(
    IReadOnlyList<ClusterFacts.Membership> memberships,
    IReadOnlyDictionary<string, long> companiesPerRegion,
    long allCompanies,
    IReadOnlyList<(string InstituteId, string CompanyId)> supports,
    IReadOnlyList<ClusterFacts.Place> places)
{
    /// <summary>An organization active in a target (industry or stage) of an industry, lying in a region.</summary>
    public sealed record Membership(string OrganizationId, bool IsCompany, string TargetId, bool TargetIsStage, string IndustryId, string RegionId);

    /// <summary>A complex or initiative in a region, what it specializes in or targets, and the organizations located in it.</summary>
    public sealed record Place(string RegionId, Entity Entity, IReadOnlyList<string> Targets, IReadOnlyList<string> Members);

    /// <summary>A cluster with its counts and stars, by ids.</summary>
    public sealed record Scored(
        string RegionId, string IndustryId, string? StageId, int CompanyCount, int InstituteCount, double? LocationQuotient,
        int SupporterCount, int Stars, IReadOnlyList<string> ComplexIds, IReadOnlyList<string> InitiativeIds);

    public List<Scored> Score(bool byStage)
    {
        // Stage → industry, from the memberships (stages with no active organization form no cluster anyway).
        var industryOfStage = memberships.Where(m => m.TargetIsStage).GroupBy(m => m.TargetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().IndustryId, StringComparer.Ordinal);
        ILookup<string, string> supportersOf = supports.ToLookup(s => s.CompanyId, s => s.InstituteId, StringComparer.Ordinal);

        var clusters = memberships
            .Where(m => !byStage || m.TargetIsStage)
            .GroupBy(m => (m.RegionId, m.IndustryId, StageId: byStage ? m.TargetId : null))
            .Select(g =>
            {
                HashSet<string> companies = [.. g.Where(m => m.IsCompany).Select(m => m.OrganizationId)];
                HashSet<string> institutes = [.. g.Where(m => !m.IsCompany).Select(m => m.OrganizationId)];
                HashSet<string> supporters = [.. institutes, .. companies.SelectMany(c => supportersOf[c])];
                long national = memberships.Where(m => m.IsCompany && (byStage ? m.TargetId == g.Key.StageId : m.IndustryId == g.Key.IndustryId))
                    .Select(m => m.OrganizationId).Distinct(StringComparer.Ordinal).LongCount();
                long regionCompanies = companiesPerRegion.GetValueOrDefault(g.Key.RegionId);
                double? quotient = regionCompanies == 0 || national == 0 || allCompanies == 0
                    ? null
                    : ((double)companies.Count / regionCompanies) / ((double)national / allCompanies);
                bool Targets(string target) =>
                    byStage ? target == g.Key.StageId || target == g.Key.IndustryId : target == g.Key.IndustryId || industryOfStage.GetValueOrDefault(target) == g.Key.IndustryId;
                HashSet<string> members = [.. companies, .. institutes];
                List<string> complexes = [.. places.Where(p => p.RegionId == g.Key.RegionId && p.Entity.Kind == EntityKind.IndustrialComplex &&
                    (p.Targets.Any(Targets) || p.Members.Any(members.Contains))).Select(p => p.Entity.Id).Distinct(StringComparer.Ordinal)];
                List<string> initiatives = [.. places.Where(p => p.RegionId == g.Key.RegionId && p.Entity.Kind == EntityKind.Initiative && p.Targets.Any(Targets))
                    .Select(p => p.Entity.Id).Distinct(StringComparer.Ordinal)];
                return new Scored(g.Key.RegionId, g.Key.IndustryId, g.Key.StageId, companies.Count, institutes.Count, quotient, supporters.Count, 0, complexes, initiatives);
            })
            .ToList();

        // Stars against the norm of clusters of the same industry (and granularity).
        return
        [
            .. clusters.GroupBy(c => c.IndustryId, StringComparer.Ordinal).SelectMany(group =>
            {
                double meanCompanies = group.Average(c => c.CompanyCount);
                double meanSupporters = group.Average(c => c.SupporterCount);
                return group.Select(c => c with
                {
                    Stars = (c.CompanyCount > meanCompanies ? 1 : 0) + (c.LocationQuotient > 1 ? 1 : 0) + (c.SupporterCount > meanSupporters ? 1 : 0),
                });
            }),
        ];
    }
}
