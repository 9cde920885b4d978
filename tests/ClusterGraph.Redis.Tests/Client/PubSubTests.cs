using System.Collections.Concurrent;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.PubSub;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Client;

[Collection(SharedRedisCollection.Name)]
public sealed class PubSubTests(SharedRedisServer shared)
{
    public static TheoryData<RespProtocol> Protocols => [RespProtocol.Resp2, RespProtocol.Resp3];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_published_message_reaches_the_subscriber(RespProtocol protocol)
    {
        await using RedisClient client = await RedisClient.ConnectAsync(shared.Server.Options(o => o.Protocol = protocol));
        string channel = "chan:" + Guid.NewGuid();
        var received = new TaskCompletionSource<RedisChannelMessage>(TaskCreationOptions.RunContinuationsAsynchronously);

        await using RedisSubscription subscription = await client.SubscribeAsync(channel, m => received.TrySetResult(m));
        long receivers = await client.PublishAsync(channel, "version:42");
        RedisChannelMessage message = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, receivers);
        Assert.Equal(channel, message.Channel);
        Assert.Equal("version:42", message.PayloadText);
    }

    [Fact]
    public async Task Messages_arrive_in_publish_order_through_a_reader()
    {
        await using RedisClient client = await RedisClient.ConnectAsync(shared.Server.Options());
        string channel = "chan:" + Guid.NewGuid();

        await using RedisChannelReaderSubscription subscription = await client.SubscribeWithReaderAsync(channel, capacity: 1000);
        for (int i = 0; i < 100; i++)
        {
            await client.PublishAsync(channel, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        for (int i = 0; i < 100; i++)
        {
            RedisChannelMessage message = await subscription.Messages.ReadAsync(timeout.Token);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), message.PayloadText);
        }

        Assert.Equal(0, subscription.DroppedCount);
    }

    [Fact]
    public async Task Two_handlers_on_one_channel_both_receive_and_the_last_dispose_unsubscribes()
    {
        await using RedisClient client = await RedisClient.ConnectAsync(shared.Server.Options());
        string channel = "chan:" + Guid.NewGuid();
        var first = new ConcurrentQueue<string>();
        var second = new ConcurrentQueue<string>();

        RedisSubscription a = await client.SubscribeAsync(channel, m => first.Enqueue(m.PayloadText));
        RedisSubscription b = await client.SubscribeAsync(channel, m => second.Enqueue(m.PayloadText));
        Assert.Equal(1, await client.PublishAsync(channel, "both"));
        await Poll.UntilAsync(() => !first.IsEmpty && !second.IsEmpty, "both handlers received");

        await a.DisposeAsync();
        Assert.Equal(1, await client.PublishAsync(channel, "only-b"));
        await Poll.UntilAsync(() => second.Count == 2, "the remaining handler received");
        await b.DisposeAsync();

        await Poll.UntilAsync(async () => await client.PublishAsync(channel, "nobody") == 0, "the server dropped the subscription");
        Assert.Equal(["both"], first);
        Assert.Equal(["both", "only-b"], second);
    }

    [Fact]
    public async Task A_handler_that_throws_does_not_stop_delivery()
    {
        await using RedisClient client = await RedisClient.ConnectAsync(shared.Server.Options());
        string channel = "chan:" + Guid.NewGuid();
        var seen = new ConcurrentQueue<string>();

        await using RedisSubscription subscription = await client.SubscribeAsync(channel, m =>
        {
            seen.Enqueue(m.PayloadText);
            throw new InvalidOperationException("handler bug");
        });
        await client.PublishAsync(channel, "1");
        await client.PublishAsync(channel, "2");

        await Poll.UntilAsync(() => seen.Count == 2, "both messages were delivered");
        Assert.Equal(["1", "2"], seen);
    }

    [Fact]
    public async Task A_reader_that_falls_behind_loses_the_oldest_messages_not_memory()
    {
        await using RedisClient client = await RedisClient.ConnectAsync(shared.Server.Options());
        string channel = "chan:" + Guid.NewGuid();

        await using RedisChannelReaderSubscription subscription = await client.SubscribeWithReaderAsync(channel, capacity: 2);
        for (int i = 0; i < 10; i++)
        {
            await client.PublishAsync(channel, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Poll.UntilAsync(() => subscription.DroppedCount == 8, "eight messages were dropped");
        Assert.True(subscription.Messages.TryRead(out RedisChannelMessage? first));
        Assert.True(subscription.Messages.TryRead(out RedisChannelMessage? second));
        Assert.Equal(["8", "9"], new[] { first!.PayloadText, second!.PayloadText });
    }
}
