using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Coverage matrices and clusters. Both read every relation regardless of validity dates. Actors of
/// an activity are the companies and institutes ACTIVE_IN it; they count for every region they are
/// located in, transitively.
/// </summary>
internal static class ClusterAnalytics
{
    public static CoverageMatrix? Coverage(GraphSnapshot snapshot, string industryId, IReadOnlyList<string>? regionIds)
    {
        int industry = snapshot.IndexOf(industryId);
        if (industry < 0 || snapshot.Entities[industry].Kind != EntityKind.Industry)
        {
            return null;
        }

        List<int> regions = RegionsOf(snapshot, regionIds);
        List<int> stages = EntityLister.StagesOf(snapshot, industry);
        var cells = new List<CoverageCell>(regions.Count * stages.Count);
        var counts = new Dictionary<(int Region, int Stage), (int Companies, int Institutes)>();
        int[] stageCompanies = new int[stages.Count];
        var regionSet = new HashSet<int>(regions);
        var ancestors = new HashSet<int>();
        for (int s = 0; s < stages.Count; s++)
        {
            foreach (int actor in ActorsOf(snapshot, [stages[s]]))
            {
                bool company = snapshot.Entities[actor].Kind == EntityKind.Company;
                if (company)
                {
                    stageCompanies[s]++;
                }

                ancestors.Clear();
                snapshot.AddAncestors(actor, null, ancestors);
                foreach (int place in ancestors)
                {
                    if (regionSet.Contains(place))
                    {
                        (int c, int i) = counts.GetValueOrDefault((place, s));
                        counts[(place, s)] = company ? (c + 1, i) : (c, i + 1);
                    }
                }
            }
        }

        foreach (int region in regions)
        {
            for (int s = 0; s < stages.Count; s++)
            {
                (int c, int i) = counts.GetValueOrDefault((region, s));
                double? quotient = LocationQuotient(c, snapshot.CompaniesWithin[region], stageCompanies[s], snapshot.CompanyCount);
                cells.Add(new CoverageCell(snapshot.Entities[region], snapshot.Entities[stages[s]], c, i, quotient, c + i == 0));
            }
        }

        return new CoverageMatrix(
            snapshot.Entities[industry],
            [.. regions.Select(r => snapshot.Entities[r])],
            [.. stages.Select(s => snapshot.Entities[s])],
            cells);
    }

    public static List<Cluster> Clusters(GraphSnapshot snapshot, ClusterQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First is < 1 or > StoreLimits.MaxPageSize)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "first",
                $"'first' must be between 1 and {StoreLimits.MaxPageSize}; got {query.First}.");
        }

        List<int> industries;
        if (query.IndustryId is null)
        {
            industries = [.. snapshot.ByKind[(int)EntityKind.Industry]];
            industries.Sort((a, b) => string.CompareOrdinal(snapshot.Entities[a].Id, snapshot.Entities[b].Id));
        }
        else
        {
            int industry = snapshot.IndexOf(query.IndustryId);
            industries = industry >= 0 && snapshot.Entities[industry].Kind == EntityKind.Industry ? [industry] : [];
        }

        HashSet<int>? wanted = query.RegionIds is null ? null : [.. RegionsOf(snapshot, query.RegionIds)];
        var clusters = new List<Cluster>();
        foreach (int industry in industries)
        {
            List<int> stages = EntityLister.StagesOf(snapshot, industry);
            List<(int? Stage, List<int> Activities)> units = query.ByStage
                ? [.. stages.Select(s => ((int?)s, new List<int> { s }))]
                : [(null, [industry, .. stages])];
            foreach ((int? stage, List<int> activities) in units)
            {
                clusters.AddRange(ClustersOfUnit(snapshot, industry, stage, activities, wanted, query.MinStars));
            }
        }

        clusters.Sort(static (a, b) =>
        {
            int c = b.Stars.CompareTo(a.Stars);
            if (c == 0)
            {
                c = (b.LocationQuotient ?? double.NegativeInfinity).CompareTo(a.LocationQuotient ?? double.NegativeInfinity);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Region.Id, b.Region.Id);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Industry.Id, b.Industry.Id);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Stage?.Id, b.Stage?.Id);
        });
        return clusters.Count > query.First ? clusters.GetRange(0, query.First) : clusters;
    }

    /// <summary>(a / b) / (c / d), or null when b, c or d is zero.</summary>
    public static double? LocationQuotient(int inRegionAndActivity, int inRegion, int inActivity, int total) =>
        inRegion == 0 || inActivity == 0 || total == 0
            ? null
            : ((double)inRegionAndActivity / inRegion) / ((double)inActivity / total);

    private static List<Cluster> ClustersOfUnit(GraphSnapshot snapshot, int industry, int? stage, List<int> activities, HashSet<int>? wanted, int minStars)
    {
        HashSet<int> actors = ActorsOf(snapshot, activities);
        int unitCompanies = actors.Count(a => snapshot.Entities[a].Kind == EntityKind.Company);
        var members = new Dictionary<int, List<int>>();
        var ancestors = new HashSet<int>();
        foreach (int actor in actors)
        {
            ancestors.Clear();
            snapshot.AddAncestors(actor, null, ancestors);
            foreach (int place in ancestors)
            {
                if (snapshot.Entities[place].Attributes is RegionAttributes { Level: not RegionLevel.Country })
                {
                    if (!members.TryGetValue(place, out List<int>? list))
                    {
                        members[place] = list = [];
                    }

                    list.Add(actor);
                }
            }
        }

        if (members.Count == 0)
        {
            return [];
        }

        var rows = new List<(int Region, int Companies, int Institutes, int Supporters, double? Quotient)>();
        foreach ((int region, List<int> list) in members)
        {
            int companies = list.Count(a => snapshot.Entities[a].Kind == EntityKind.Company);
            rows.Add((region, companies, list.Count - companies, SupportersOf(snapshot, list),
                LocationQuotient(companies, snapshot.CompaniesWithin[region], unitCompanies, snapshot.CompanyCount)));
        }

        double meanCompanies = rows.Average(r => r.Companies);
        double meanSupporters = rows.Average(r => r.Supporters);
        var activitySet = new HashSet<int>(activities);
        var targetSet = new HashSet<int>(activities) { industry };
        var result = new List<Cluster>();
        foreach ((int region, int companies, int institutes, int supporters, double? quotient) in rows)
        {
            int stars = (companies > meanCompanies ? 1 : 0) + (quotient > 1 ? 1 : 0) + (supporters > meanSupporters ? 1 : 0);
            if ((wanted is not null && !wanted.Contains(region)) || stars < minStars)
            {
                continue;
            }

            result.Add(new Cluster(
                snapshot.Entities[region],
                snapshot.Entities[industry],
                stage is int s ? snapshot.Entities[s] : null,
                companies,
                institutes,
                quotient,
                supporters,
                stars,
                ComplexesOf(snapshot, region, members[region], activitySet),
                InitiativesOf(snapshot, region, targetSet)));
        }

        return result;
    }

    private static int SupportersOf(GraphSnapshot snapshot, List<int> members)
    {
        var supporters = new HashSet<int>();
        foreach (int member in members)
        {
            if (snapshot.Entities[member].Kind == EntityKind.Institute)
            {
                supporters.Add(member);
                continue;
            }

            foreach (int r in snapshot.InOf(member))
            {
                if (snapshot.Relations[r].Type == RelationType.Supports)
                {
                    supporters.Add(snapshot.RelationFrom[r]);
                }
            }
        }

        return supporters.Count;
    }

    private static List<Entity> ComplexesOf(GraphSnapshot snapshot, int region, List<int> members, HashSet<int> activities)
    {
        var complexes = new HashSet<int>();
        var ancestors = new HashSet<int>();
        foreach (int member in members)
        {
            ancestors.Clear();
            snapshot.AddAncestors(member, null, ancestors);
            complexes.UnionWith(ancestors.Where(p => snapshot.Entities[p].Kind == EntityKind.IndustrialComplex && snapshot.PlaceAncestors[p].Contains(region)));
        }

        foreach (int activity in activities)
        {
            foreach (int r in snapshot.InOf(activity))
            {
                int from = snapshot.RelationFrom[r];
                if (snapshot.Relations[r].Type == RelationType.SpecializesIn
                    && snapshot.Entities[from].Kind == EntityKind.IndustrialComplex
                    && snapshot.PlaceAncestors[from].Contains(region))
                {
                    complexes.Add(from);
                }
            }
        }

        return SortedEntities(snapshot, complexes);
    }

    private static List<Entity> InitiativesOf(GraphSnapshot snapshot, int region, HashSet<int> targets)
    {
        var initiatives = new HashSet<int>();
        var ancestors = new HashSet<int>();
        foreach (int target in targets)
        {
            foreach (int r in snapshot.InOf(target))
            {
                int initiative = snapshot.RelationFrom[r];
                if (snapshot.Relations[r].Type != RelationType.Targets || initiatives.Contains(initiative))
                {
                    continue;
                }

                ancestors.Clear();
                snapshot.AddAncestors(initiative, null, ancestors);
                if (ancestors.Contains(region))
                {
                    initiatives.Add(initiative);
                }
            }
        }

        return SortedEntities(snapshot, initiatives);
    }

    private static List<Entity> SortedEntities(GraphSnapshot snapshot, IEnumerable<int> items)
    {
        List<Entity> list = [.. items.Select(i => snapshot.Entities[i])];
        list.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return list;
    }

    /// <summary>The companies and institutes ACTIVE_IN any of the activities.</summary>
    private static HashSet<int> ActorsOf(GraphSnapshot snapshot, IEnumerable<int> activities)
    {
        var actors = new HashSet<int>();
        foreach (int activity in activities)
        {
            foreach (int r in snapshot.InOf(activity))
            {
                if (snapshot.Relations[r].Type == RelationType.ActiveIn && snapshot.IsOrganization(snapshot.RelationFrom[r]))
                {
                    actors.Add(snapshot.RelationFrom[r]);
                }
            }
        }

        return actors;
    }

    private static List<int> RegionsOf(GraphSnapshot snapshot, IReadOnlyList<string>? regionIds)
    {
        if (regionIds is not null)
        {
            var regions = new List<int>();
            foreach (string id in regionIds)
            {
                int region = snapshot.IndexOf(id);
                if (region >= 0 && snapshot.Entities[region].Kind == EntityKind.Region && !regions.Contains(region))
                {
                    regions.Add(region);
                }
            }

            return regions;
        }

        List<int> all = [.. snapshot.ByKind[(int)EntityKind.Region].Where(r =>
            snapshot.Entities[r].Attributes is RegionAttributes { Level: RegionLevel.Province or RegionLevel.MetropolitanCity })];
        all.Sort((a, b) => string.CompareOrdinal(snapshot.Entities[a].Id, snapshot.Entities[b].Id));
        return all;
    }
}
