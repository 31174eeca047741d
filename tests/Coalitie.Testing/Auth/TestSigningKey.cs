using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Coalitie.Testing;

/// <summary>
/// An RSA key pair of <see cref="TestTokenIssuer"/>. Published keys appear in the issuer's JWKS with their
/// <see cref="Endorsements"/>; an unpublished key signs tokens no validator can know.
/// </summary>
public sealed class TestSigningKey : IDisposable
{
    // Generating a 2048-bit RSA key takes a noticeable fraction of a second; tests create many issuers. Key material is
    // generated once per process and slot, and reused by every issuer: keys of one issuer use distinct slots.
    private static readonly Lock PoolSync = new();
    private static readonly List<byte[]> Pool = [];

    private readonly RSA _rsa;

    internal TestSigningKey(int slot, string keyId, IEnumerable<string>? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements is null ? null : [.. endorsements];
        _rsa = RSA.Create();
        _rsa.ImportPkcs8PrivateKey(KeyMaterial(slot), out _);
    }

    /// <summary>The <c>kid</c> of the key, also written into the header of tokens it signs.</summary>
    public string KeyId { get; }

    /// <summary>Channel ids listed in the JWKS <c>endorsements</c> array of this key; null: the JWK has no such array.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>The public key as DER SubjectPublicKeyInfo, the bytes an attacker would use for an HS256 forgery.</summary>
    public byte[] ExportPublicKey() => _rsa.ExportSubjectPublicKeyInfo();

    internal JsonObject ToPublicJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            var endorsements = new JsonArray();
            foreach (var endorsement in Endorsements)
            {
                endorsements.Add(endorsement);
            }

            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    internal byte[] SignRsa(byte[] data, HashAlgorithmName hash) => _rsa.SignData(data, hash, RSASignaturePadding.Pkcs1);

    public void Dispose() => _rsa.Dispose();

    private static byte[] KeyMaterial(int slot)
    {
        lock (PoolSync)
        {
            while (Pool.Count <= slot)
            {
                using var rsa = RSA.Create(2048);
                Pool.Add(rsa.ExportPkcs8PrivateKey());
            }

            return Pool[slot];
        }
    }
}
