package graphtest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TLSFiles are PEM files for a TLS test: a CA, a server certificate it
// signed for localhost and 127.0.0.1, a client certificate it signed, and
// a second CA that signed nothing of these (to check that a server
// certificate from an untrusted CA is refused).
type TLSFiles struct {
	CACert                string
	ServerCert, ServerKey string
	ClientCert, ClientKey string
	OtherCACert           string
	ServerNames           []string // the DNS names in the server certificate
}

// NewTLSFiles writes fresh TLS files into a temporary directory of tb,
// valid for a day.
func NewTLSFiles(tb testing.TB) TLSFiles {
	tb.Helper()
	dir := tb.TempDir()
	f := TLSFiles{
		CACert: filepath.Join(dir, "ca.crt"), OtherCACert: filepath.Join(dir, "other-ca.crt"),
		ServerCert: filepath.Join(dir, "node.crt"), ServerKey: filepath.Join(dir, "node.key"),
		ClientCert: filepath.Join(dir, "client.crt"), ClientKey: filepath.Join(dir, "client.key"),
		ServerNames: []string{"localhost"},
	}
	ca, caKey := newCert(tb, "geokg test CA", nil, nil, nil, nil)
	writePEM(tb, f.CACert, "CERTIFICATE", ca.Raw)
	other, _ := newCert(tb, "geokg other CA", nil, nil, nil, nil)
	writePEM(tb, f.OtherCACert, "CERTIFICATE", other.Raw)

	srv, srvKey := newCert(tb, "localhost", ca, caKey, f.ServerNames, []net.IP{net.IPv4(127, 0, 0, 1)})
	writePEM(tb, f.ServerCert, "CERTIFICATE", srv.Raw)
	writeKey(tb, f.ServerKey, srvKey)
	cli, cliKey := newCert(tb, "geokg", ca, caKey, nil, nil)
	writePEM(tb, f.ClientCert, "CERTIFICATE", cli.Raw)
	writeKey(tb, f.ClientKey, cliKey)
	return f
}

// newCert makes a certificate for name signed by parent (self-signed CA
// when parent is nil).
func newCert(tb testing.TB, name string, parent *x509.Certificate, parentKey *ecdsa.PrivateKey, dns []string, ips []net.IP) (*x509.Certificate, *ecdsa.PrivateKey) {
	tb.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	if err != nil {
		tb.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: name, Organization: []string{"geokg tests"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		DNSNames:     dns,
		IPAddresses:  ips,
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}
	signer := key
	if parent == nil {
		tmpl.IsCA, tmpl.BasicConstraintsValid = true, true
		tmpl.KeyUsage |= x509.KeyUsageCertSign
		parent = tmpl
	} else {
		signer = parentKey
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, signer)
	if err != nil {
		tb.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		tb.Fatal(err)
	}
	return cert, key
}

func writeKey(tb testing.TB, path string, key *ecdsa.PrivateKey) {
	tb.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		tb.Fatal(err)
	}
	writePEM(tb, path, "PRIVATE KEY", der)
}

func writePEM(tb testing.TB, path, kind string, der []byte) {
	tb.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}), 0o600); err != nil {
		tb.Fatal(err)
	}
}
