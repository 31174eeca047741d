using System.Net;
using System.Text;
using Coalitie.Bot.Tests.Infrastructure;

namespace Coalitie.Bot.Tests.Endpoint;

/// <summary>Whatever a caller sends, the endpoint answers 4xx or 200, logs no error and loses no stored rows.</summary>
public sealed class BadInputEndpointTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>, IAsyncLifetime
{
    private readonly BotHost _host = bot.Host;
    private int _rowsBefore;
    private int _logMark;

    public async Task InitializeAsync()
    {
        // Something to lose: a stored personal conversation and a team.
        var ids = bot.NewIds();
        using var personal = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-personal", ids));
        using var team = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-team", ids));
        _rowsBefore = await _host.CountReferencesAsync();
        Assert.True(_rowsBefore >= 2, $"Expected at least two stored references, found {_rowsBefore}.");
        _logMark = _host.Logs.Mark();
    }

    public async Task DisposeAsync()
    {
        Assert.Equal(_rowsBefore, await _host.CountReferencesAsync());
        Assert.Empty(_host.Logs.ErrorsSince(_logMark));
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"type\": 42}")]
    public async Task Malformed_JSON_answers_400_problem_details(string body)
    {
        using var response = await PostRawAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await HttpAssert.JsonBodyAsync(response, "application/problem+json");
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("Malformed activity", problem["title"]!.GetValue<string>());
        await AssertRowsKeptAndNoErrorAsync();
    }

    [Fact]
    public async Task An_activity_without_type_answers_400_problem_details()
    {
        var activity = TeamsFixtures.PersonalMessage(bot.NewIds(), "hulp");
        activity.Remove("type");

        using var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await HttpAssert.JsonBodyAsync(response, "application/problem+json");
        Assert.Equal("The activity has no 'type'.", problem["detail"]!.GetValue<string>());
        await AssertRowsKeptAndNoErrorAsync();
    }

    [Fact]
    public async Task A_300_KB_body_with_Content_Length_answers_413()
    {
        var ids = bot.NewIds();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(TeamsFixtures.PersonalMessage(ids, new string('a', 300 * 1024)).ToJsonString()));
        content.Headers.ContentType = new("application/json");
        Assert.True(content.Headers.ContentLength > 256 * 1024);

        using var response = await PostRawAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await HttpAssert.JsonBodyAsync(response, "application/problem+json");
        Assert.Equal(413, problem["status"]!.GetValue<int>());
        Assert.Empty(_host.RequestsFor(ids.ConversationId));
        Assert.Null(await _host.FindReferenceAsync(ids.ConversationId));
        await AssertRowsKeptAndNoErrorAsync();
    }

    [Fact]
    public async Task A_chunked_body_over_256_KB_without_Content_Length_answers_413()
    {
        var ids = bot.NewIds();
        var bytes = Encoding.UTF8.GetBytes(TeamsFixtures.PersonalMessage(ids, new string('a', 260 * 1024)).ToJsonString());
        var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new("application/json");
        Assert.Null(content.Headers.ContentLength);

        using var response = await PostRawAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await HttpAssert.JsonBodyAsync(response, "application/problem+json");
        Assert.Equal(413, problem["status"]!.GetValue<int>());
        Assert.Empty(_host.RequestsFor(ids.ConversationId));
        Assert.Null(await _host.FindReferenceAsync(ids.ConversationId));
        await AssertRowsKeptAndNoErrorAsync();
    }

    [Fact]
    public async Task A_chunked_body_under_the_limit_is_accepted()
    {
        var ids = bot.NewIds();
        var bytes = Encoding.UTF8.GetBytes(TeamsFixtures.PersonalMessage(ids, "hulp").ToJsonString());
        var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new("application/json");

        using var response = await PostRawAsync(content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.RequestsFor(ids.ConversationId));
        _rowsBefore++;
    }

    [Fact]
    public async Task An_unknown_activity_type_answers_200_and_sends_nothing()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("unknown-activity-type", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.RequestsFor(ids.ConversationId));
        await AssertRowsKeptAndNoErrorAsync();
    }

    private async Task AssertRowsKeptAndNoErrorAsync()
    {
        Assert.Equal(_rowsBefore, await _host.CountReferencesAsync());
        Assert.Empty(_host.Logs.ErrorsSince(_logMark));
    }

    private async Task<HttpResponseMessage> PostRawAsync(HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        return await _host.Client.SendAsync(request);
    }

    /// <summary>A body whose length the client cannot know, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 8 * 1024), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = Math.Min(Math.Min(buffer.Length, 8 * 1024), bytes.Length - _position);
            bytes.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return ValueTask.FromResult(n);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
