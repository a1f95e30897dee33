struct DetectSquares {

}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl DetectSquares {

    fn new() -> Self {
        
    }
    
    fn add(&self, point: Vec<i32>) {
        
    }
    
    fn count(&self, point: Vec<i32>) -> i32 {
        
    }
}

/**
 * Your DetectSquares object will be instantiated and called as such:
 * let obj = DetectSquares::new();
 * obj.add(point);
 * let ret_2: i32 = obj.count(point);
 */
