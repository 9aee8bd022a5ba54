#!/usr/bin/env python3
"""A minimal OpenID Connect provider for the load benchmark only (never for production).

The packaged app runs in the prod profile, where Quarkus' built-in dev OIDC server does not exist, so the benchmark
brings this stand-in: discovery, JWKS, an authorization endpoint that signs the user in at once (user = login_hint or
"peserta"), and a token endpoint. Tokens are RS256 JWTs signed with `openssl dgst` (no Python packages needed), with
Keycloak-style realm roles at realm_access.roles. Usage: mock_oidc.py PORT WORKDIR
"""
import base64, json, os, subprocess, sys, time, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(sys.argv[1])
WORK = sys.argv[2]
ISSUER = f"http://127.0.0.1:{PORT}"
KEY = f"{WORK}/oidc-key-{os.getpid()}.pem"
ROLES = {"peserta": ["peserta"], "pelatih": ["pelatih"], "mitra": ["mitra"], "admin": ["admin"]}

subprocess.run(["openssl", "genrsa", "-out", KEY, "2048"], check=True, capture_output=True)
modulus = subprocess.run(["openssl", "rsa", "-in", KEY, "-noout", "-modulus"], check=True, capture_output=True,
                         text=True).stdout.strip().split("=", 1)[1]


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


JWKS = {"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": "bench", "e": "AQAB",
                  "n": b64u(bytes.fromhex(modulus))}]}


def sign(claims: dict) -> str:
    header = b64u(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "bench"}).encode())
    payload = b64u(json.dumps(claims).encode())
    signing_input = f"{header}.{payload}".encode()
    sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", KEY], input=signing_input, check=True,
                         capture_output=True).stdout
    return f"{header}.{payload}.{b64u(sig)}"


def tokens(user: str, client_id: str) -> dict:
    now = int(time.time())
    base = {"iss": ISSUER, "sub": f"bench-{user}", "iat": now, "exp": now + 8 * 3600, "name": f"Bench {user}",
            "preferred_username": user, "email": f"{user}@bench.local", "realm_access": {"roles": ROLES.get(user, ["peserta"])}}
    return {"token_type": "Bearer", "expires_in": 8 * 3600, "access_token": sign({**base, "aud": client_id, "typ": "Bearer"}),
            "id_token": sign({**base, "aud": client_id, "typ": "ID"})}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_json(self, body, status=200):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        q = dict(urllib.parse.parse_qsl(url.query))
        if url.path == "/.well-known/openid-configuration":
            self.send_json({"issuer": ISSUER, "authorization_endpoint": ISSUER + "/authorize",
                            "token_endpoint": ISSUER + "/token", "jwks_uri": ISSUER + "/keys",
                            "end_session_endpoint": ISSUER + "/logout",
                            "response_types_supported": ["code"], "subject_types_supported": ["public"],
                            "id_token_signing_alg_values_supported": ["RS256"]})
        elif url.path == "/keys":
            self.send_json(JWKS)
        elif url.path == "/authorize":
            user = q.get("login_hint", "peserta")
            target = q["redirect_uri"] + ("&" if "?" in q["redirect_uri"] else "?") + urllib.parse.urlencode(
                {"code": user, "state": q.get("state", "")})
            self.send_response(302)
            self.send_header("Location", target)
            self.end_headers()
        elif url.path == "/logout":
            self.send_response(302)
            self.send_header("Location", q.get("post_logout_redirect_uri", "/"))
            self.end_headers()
        else:
            self.send_json({"error": "not_found"}, 404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        client_id = form.get("client_id", "gcio-academy")
        if self.path == "/token" and form.get("grant_type") == "authorization_code":
            self.send_json(tokens(form.get("code", "peserta"), client_id))
        elif self.path == "/token" and form.get("grant_type") == "password":
            self.send_json(tokens(form.get("username", "peserta"), client_id))
        else:
            self.send_json({"error": "invalid_request"}, 400)


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
