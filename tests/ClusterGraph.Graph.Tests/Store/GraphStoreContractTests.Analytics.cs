using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using static ClusterGraph.Graph.Tests.Store.HandGraph;

namespace ClusterGraph.Graph.Tests.Store;

/// <summary>
/// Figures for the hand graph, used below. Companies: 6 (a1 a2 a3 b1 b2 b3). Companies within:
/// alpha 3 (a1 a2 a3), beta 3 (b1 b2 b3), beta-city 2 (b1 b2), korea 6. Companies per stage:
/// design 1 (b2), fab 2 (a3 b1), pack 2 (a1 a2; the lab is an institute).
/// </summary>
public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task Coverage_counts_actors_and_computes_location_quotients_and_gaps()
    {
        await using IGraphStore store = await HandStoreAsync();

        // Default regions: provinces and metropolitan cities, by ID: alpha, beta.
        CoverageMatrix? matrix = await store.GetCoverageAsync(Chips, null, Ct);

        Assert.NotNull(matrix);
        Assert.Equal([Alpha, Beta], matrix.Regions.Select(r => r.Id));
        Assert.Equal([Design, Fab, Pack], matrix.Stages.Select(s => s.Id));
        // LQ = (region's companies in stage / region's companies) / (stage's companies / all companies):
        // alpha: design (0/3)/(1/6) = 0, fab (1/3)/(2/6) = 1, pack (2/3)/(2/6) = 2;
        // beta:  design (1/3)/(1/6) = 2, fab (1/3)/(2/6) = 1, pack (0/3)/(2/6) = 0.
        var expected = new (string Region, string Stage, int Companies, int Institutes, double Quotient, bool Gap)[]
        {
            (Alpha, Design, 0, 0, 0.0, true),
            (Alpha, Fab, 1, 0, 1.0, false),
            (Alpha, Pack, 2, 1, 2.0, false),
            (Beta, Design, 1, 0, 2.0, false),
            (Beta, Fab, 1, 0, 1.0, false),
            (Beta, Pack, 0, 0, 0.0, true),
        };
        Assert.Equal(expected.Length, matrix.Cells.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            CoverageCell cell = matrix.Cells[i];
            Assert.Equal(expected[i].Region, cell.Region.Id);
            Assert.Equal(expected[i].Stage, cell.Stage.Id);
            Assert.Equal(expected[i].Companies, cell.CompanyCount);
            Assert.Equal(expected[i].Institutes, cell.InstituteCount);
            Assert.Equal(expected[i].Quotient, cell.LocationQuotient!.Value, 9);
            Assert.Equal(expected[i].Gap, cell.Gap);
        }
    }

    [Fact]
    public async Task Coverage_of_requested_regions_and_null_quotient_without_companies()
    {
        await using IGraphStore store = await HandStoreAsync();
        Entity empty = new("region:gamma", EntityKind.Region, new LocalizedText("감마", "Gamma"))
        {
            Attributes = new RegionAttributes(RegionLevel.Province),
            Evidence = Cite,
        };
        Assert.True((await store.UpsertEntityAsync(empty, Ct)).Succeeded);

        // beta-city has 2 companies: design (1/2)/(1/6) = 3, fab (1/2)/(2/6) = 1.5, pack 0.
        // gamma has no company at all: its region denominator is 0, so LQ is null; it is a gap everywhere.
        CoverageMatrix? matrix = await store.GetCoverageAsync(Chips, [BetaCity, "region:gamma", A1, "region:none"], Ct);

        Assert.NotNull(matrix);
        Assert.Equal([BetaCity, "region:gamma"], matrix.Regions.Select(r => r.Id));
        Assert.Equal([3.0, 1.5, 0.0], matrix.Cells.Take(3).Select(c => Math.Round(c.LocationQuotient!.Value, 9)));
        Assert.All(matrix.Cells.Skip(3), c => Assert.Null(c.LocationQuotient));
        Assert.All(matrix.Cells.Skip(3), c => Assert.True(c.Gap));
        Assert.Null(await store.GetCoverageAsync(A1, null, Ct));
    }

    [Fact]
    public async Task Clusters_get_stars_for_size_specialization_and_support()
    {
        await using IGraphStore store = await HandStoreAsync();

        // Members of chips (its industry or any stage): a1 a2 a3 lab in alpha; b1 b2 in beta and in beta-city.
        // 5 chips companies of 6. LQ: alpha (3/3)/(5/6) = 1.2; beta (2/3)/(5/6) = 0.8; beta-city (2/2)/(5/6) = 1.2.
        // Supporters: alpha {lab} = 1 (member, and it SUPPORTS a1 and a3); beta, beta-city 0.
        // Norms: mean companies (3+2+2)/3 = 2.33, mean supporters 1/3.
        // Stars: alpha 3 (3 > 2.33, 1.2 > 1, 1 > 0.33); beta-city 1 (LQ only); beta 0.
        IReadOnlyList<Cluster> clusters = await store.GetClustersAsync(new ClusterQuery(Chips), Ct);

        Assert.Equal([Alpha, BetaCity, Beta], clusters.Select(c => c.Region.Id));
        Assert.Equal([3, 1, 0], clusters.Select(c => c.Stars));
        Assert.Equal([3, 2, 2], clusters.Select(c => c.CompanyCount));
        Assert.Equal([1, 0, 0], clusters.Select(c => c.InstituteCount));
        Assert.Equal([1.2, 1.2, 0.8], clusters.Select(c => Math.Round(c.LocationQuotient!.Value, 9)));
        Assert.Equal([AlphaPark], clusters[0].Complexes.Select(c => c.Id));
        Assert.Equal([Pact], clusters[0].Initiatives.Select(i => i.Id));
        Assert.Empty(clusters[2].Initiatives);
        Assert.All(clusters, c => Assert.Null(c.Stage));
    }

    [Fact]
    public async Task Clusters_by_stage_rank_by_stars_then_quotient()
    {
        await using IGraphStore store = await HandStoreAsync();

        // design: b2 -> beta (1/3)/(1/6) = 2, beta-city (1/2)/(1/6) = 3; one star each (LQ).
        // fab: a3 -> alpha (1/3)/(2/6) = 1; b1 -> beta 1, beta-city (1/2)/(2/6) = 1.5. Mean companies 1,
        //      supporters alpha 1 (lab SUPPORTS a3), others 0, mean 1/3: alpha 1 star (support), beta-city 1 (LQ), beta 0.
        // pack: a1 a2 lab -> alpha only: (2/3)/(2/6) = 2; size 2 = mean, support 1 = mean: 1 star (LQ).
        // Ranked by stars, then LQ, then region ID.
        IReadOnlyList<Cluster> clusters = await store.GetClustersAsync(new ClusterQuery(Chips, ByStage: true, MinStars: 1), Ct);
        IReadOnlyList<Cluster> inBeta = await store.GetClustersAsync(new ClusterQuery(Chips, [Beta], ByStage: true, First: 1), Ct);

        Assert.Equal(
            [(BetaCity, Design), (Alpha, Pack), (Beta, Design), (BetaCity, Fab), (Alpha, Fab)],
            clusters.Select(c => (c.Region.Id, c.Stage!.Id)));
        Assert.Equal([3.0, 2.0, 2.0, 1.5, 1.0], clusters.Select(c => Math.Round(c.LocationQuotient!.Value, 9)));
        Assert.All(clusters, c => Assert.Equal(1, c.Stars));
        Assert.Equal([(Beta, Design)], inBeta.Select(c => (c.Region.Id, c.Stage!.Id)));
        Assert.Empty(await store.GetClustersAsync(new ClusterQuery(A1), Ct));
    }

    [Fact]
    public async Task Partner_suggestions_score_every_reason()
    {
        await using IGraphStore store = await HandStoreAsync();

        // For a2 (in alpha-park, active in pack, no partners):
        //   a1:  shared stage pack 3 + same complex 2 + same region alpha 1 = 6
        //   lab: shared stage pack 3 + same region alpha 1 = 4
        //   a3:  supply-chain neighbor fab (fab FEEDS pack) 1.5 + same region alpha 1 = 2.5
        //   b1:  supply-chain neighbor fab 1.5
        IReadOnlyList<PartnerSuggestion> forA2 = await store.SuggestPartnersAsync(A2, null, 10, Ct);
        IReadOnlyList<PartnerSuggestion> institutes = await store.SuggestPartnersAsync(A2, [EntityKind.Institute], 10, Ct);

        Assert.Equal([(A1, 6.0), (Lab, 4.0), (A3, 2.5), (B1, 1.5)], forA2.Select(s => (s.Entity.Id, s.Score)));
        Assert.Equal(
            [(SuggestionReasonKind.SharedStage, Pack), (SuggestionReasonKind.SameComplex, AlphaPark), (SuggestionReasonKind.SameRegion, Alpha)],
            forA2[0].Reasons.Select(r => (r.Kind, r.Via.Id)));
        Assert.Equal([Lab], institutes.Select(s => s.Entity.Id));
        Assert.All(forA2.SelectMany(s => s.Reasons), r => Assert.False(string.IsNullOrWhiteSpace(r.Text.Ko) || string.IsNullOrWhiteSpace(r.Text.En)));
    }

    [Fact]
    public async Task Partner_suggestions_skip_existing_partners_and_use_partners_supporters_and_initiatives()
    {
        await using IGraphStore store = await HandStoreAsync();

        // For a1 (partner of b2, supported by lab, in the pact): b2 is left out.
        //   a2:  shared stage 3 + same complex 2 + same region 1 = 6
        //   b1:  co-participant pact 2 + partner of partner b2 1.5 + supply-chain fab 1.5 = 5
        //   a3:  common supporter lab 2 + supply-chain fab 1.5 + same region 1 = 4.5
        //   lab: shared stage 3 + same region 1 = 4
        IReadOnlyList<PartnerSuggestion> forA1 = await store.SuggestPartnersAsync(A1, null, 3, Ct);

        Assert.Equal([(A2, 6.0), (B1, 5.0), (A3, 4.5)], forA1.Select(s => (s.Entity.Id, s.Score)));
        Assert.Equal(
            [SuggestionReasonKind.CoParticipant, SuggestionReasonKind.PartnerOfPartner, SuggestionReasonKind.SupplyChainNeighbor],
            forA1[1].Reasons.Select(r => r.Kind));
        Assert.Empty(await store.SuggestPartnersAsync(Chips, null, 10, Ct));
        await Assert.ThrowsAsync<GraphQueryException>(() => store.SuggestPartnersAsync(A1, null, 0, Ct));
    }
}
