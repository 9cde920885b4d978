namespace ClusterGraph.Redis.Tests.Infrastructure;

/// <summary>Bounded waiting for a condition that becomes true asynchronously (no timing is asserted).</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int attempts = 200, int delayMilliseconds = 50)
    {
        for (int i = 0; i < attempts; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(delayMilliseconds);
        }

        Assert.Fail($"Gave up waiting until {what}.");
    }

    public static Task UntilAsync(Func<bool> condition, string what, int attempts = 200, int delayMilliseconds = 50) =>
        UntilAsync(() => Task.FromResult(condition()), what, attempts, delayMilliseconds);
}
