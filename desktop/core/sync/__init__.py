"""The files of the USB exchange with the district, free of Qt and of the database.

keys.py          the two key pairs each side holds (Ed25519 to sign, X25519 to receive)
enrollment.py    the signed document that carries a side's public keys, and its fingerprint
header.py        the plaintext header of a package (what anyone may read without keys)
package.py       writing and opening a package: compressed, encrypted, signed, in chunks
package_file.py  writing a package onto a stick safely, read back and checked

The format is described in package.py.
"""
