func reverseBits(n uint32) uint32 {
    var r uint32
    for range 32 {
        r = r<<1 | n&1
        n >>= 1
    }
    return r
}
