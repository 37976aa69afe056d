func rob(nums []int) int {
    // skip: best so far without the last house; take: best so far robbing it.
    skip, take := 0, 0
    for _, x := range nums {
        skip, take = max(skip, take), skip+x
    }
    return max(skip, take)
}
